import type { FieldError } from './errors.js';
import { GREETING_AUDIO_MAX_BYTES, GREETING_AUDIO_MAX_SECONDS, type GreetingAudioType } from './schemas.js';

export type AudioInspection =
  { ok: true; type: GreetingAudioType; seconds: number | null } | { ok: false; error: FieldError };

/**
 * A recorded voicemail greeting, judged as a backend must judge it before it stores and plays a
 * file: by its size, then by its bytes (MP3 with or without ID3, WAV, Ogg Vorbis or Opus, M4A/MP4),
 * never by its name or declared type, and by its whole structure (frames, chunks, pages or boxes
 * from start to end, so nothing rides along after the audio), and by its length where the header
 * says it cheaply. A text file named `.mp3` is refused with `invalid_format`. Reads the whole blob,
 * bounded by the size limit.
 */
export async function inspectGreetingAudio(blob: Blob): Promise<AudioInspection> {
  if (!(blob instanceof Blob) || blob.size === 0) return refusal({ code: 'required' });
  if (blob.size > GREETING_AUDIO_MAX_BYTES)
    return refusal({ code: 'too_long', max: GREETING_AUDIO_MAX_BYTES });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  // The readers load on the first greeting: few visits record one, and a backend reads them anyway.
  const audio = (await import('./audio-structure.js')).measureAudio(bytes);
  if (!audio) return refusal({ code: 'invalid_format' });
  const { type, seconds } = audio;
  if (seconds !== null && seconds > GREETING_AUDIO_MAX_SECONDS) {
    return refusal({ code: 'too_long_duration', max: GREETING_AUDIO_MAX_SECONDS });
  }
  return { ok: true, type, seconds };
}

function refusal(error: FieldError): AudioInspection {
  return { ok: false, error };
}
