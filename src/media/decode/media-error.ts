/** Why a file yielded no pixels; a recorded value, never a throw. */
export type MediaErrorCode =
  | 'empty'
  | 'unsupported'
  | 'too_large'
  | 'truncated'
  | 'corrupt'
  | 'timeout'
  | 'memory'
  | 'crashed'
  | 'unreadable'
  | 'video_failed';

export interface MediaError {
  code: MediaErrorCode;
  message: string;
}

export function mediaError(code: MediaErrorCode, message: string): MediaError {
  return { code, message: message.split('\n')[0]!.slice(0, 300) };
}

/** Sorts a decoder's message into a code investigators can count. */
export function classifyDecodeError(message: string): MediaError {
  const m = message.toLowerCase();
  if (m.includes('pixel limit') || m.includes('exceeds') || m.includes('too large'))
    return mediaError('too_large', message);
  if (
    m.includes('premature end') ||
    m.includes('truncated') ||
    m.includes('unexpected end') ||
    m.includes('not enough data') ||
    m.includes('eof')
  ) {
    return mediaError('truncated', message);
  }
  if (m.includes('unsupported image format') || m.includes('not a known file format'))
    return mediaError('unsupported', message);
  return mediaError('corrupt', message);
}
