import { useState, type FormEvent } from 'react';
import { Link } from '../components/link.tsx';
import { recentConversations } from '../recent.ts';
import { navigate } from '../router.ts';

/** Opens a conversation by message id; lists the ones opened in this tab. */
export function ConversationsPage() {
  const [platform, setPlatform] = useState('');
  const [messageId, setMessageId] = useState('');
  const recent = recentConversations();
  const open = (e: FormEvent): void => {
    e.preventDefault();
    if (platform.trim() === '' || messageId.trim() === '') return;
    navigate(
      `/conversations/${encodeURIComponent(platform.trim().toLowerCase())}/${encodeURIComponent(messageId.trim())}`,
    );
  };
  return (
    <section className="page">
      <header className="page-head">
        <h1>Conversations</h1>
        <p className="muted">
          Every piece of evidence opens its conversation here. Find messages with{' '}
          <Link to="/search">Search</Link>, or open one by its id.
        </p>
      </header>
      <form className="inline-form" onSubmit={open}>
        <label>
          Platform
          <input
            value={platform}
            onChange={(e) => setPlatform(e.target.value)}
            placeholder="skype"
            required
          />
        </label>
        <label>
          Message id
          <input value={messageId} onChange={(e) => setMessageId(e.target.value)} required />
        </label>
        <button type="submit" className="button-primary">
          Open
        </button>
      </form>
      <h2>Opened in this tab</h2>
      {recent.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul className="plain-list">
          {recent.map((r) => (
            <li key={`${r.platform}:${r.messageId}`}>
              <Link
                to={`/conversations/${encodeURIComponent(r.platform)}/${encodeURIComponent(r.messageId)}`}
              >
                {r.platform} · {r.conversation} · around {r.messageId}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
