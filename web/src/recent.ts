/** Conversations opened in this tab, newest first (sessionStorage: gone when the tab closes). */
export interface Recent {
  readonly platform: string;
  readonly messageId: string;
  readonly conversation: string;
}

const KEY = 'vigil.recent-conversations';

export function recentConversations(): Recent[] {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as Recent[];
  } catch {
    return [];
  }
}

export function remember(r: Recent): void {
  const rest = recentConversations().filter(
    (x) => !(x.platform === r.platform && x.messageId === r.messageId),
  );
  sessionStorage.setItem(KEY, JSON.stringify([r, ...rest].slice(0, 20)));
}

export function forgetRecent(): void {
  sessionStorage.removeItem(KEY);
}
