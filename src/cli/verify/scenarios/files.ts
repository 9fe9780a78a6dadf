import { account, voiceSettings } from '../../../api/index.js';
import { NOT_A_FILE, gifBytes, wavBytes } from '../../fixtures.js';
import type { Session } from '../session.js';

const WRITES = 'changes the account: run with --write';

/**
 * Uploads are judged by their bytes: a real picture or recording is taken (and the answer is the
 * whole resource with its new version), text labelled as one is refused at its field. Removing
 * one takes the previous file away: a test account's picture and greeting do not come back.
 */
export async function checkFiles(session: Session): Promise<void> {
  const { run, expect, options } = session;
  if (!options.write) {
    session.skip('uploadAvatar', ['upload', 'validation'], WRITES);
    session.skip('removeAvatar', ['remove'], WRITES);
    session.skip('uploadVoicemailGreeting', ['upload', 'validation'], WRITES);
    session.skip('removeVoicemailGreeting', ['remove'], WRITES);
    return;
  }

  session.progress('profile picture');
  const fake = await session.call('uploadAvatar', { blob: new Blob([NOT_A_FILE], { type: 'image/png' }) });
  const refusedPicture = expect.refusal('uploadAvatar', fake, 'validation', 'validation');
  if (refusedPicture && !refusedPicture.errors?.some((error) => error.field === 'avatar')) {
    run.fail('uploadAvatar', 'validation', 'text labelled image/png refused without an error on avatar');
  }
  if (!run.unsupported('uploadAvatar')) {
    const uploaded = await session.call('uploadAvatar', {
      blob: new Blob([gifBytes()], { type: 'image/gif' }),
    });
    const withPicture = expect.success('uploadAvatar', uploaded, account, { etag: true });
    if (withPicture?.avatarUrl) run.pass('uploadAvatar', 'upload');
    else if (withPicture) run.fail('uploadAvatar', 'upload', 'a 1 × 1 GIF was taken but avatarUrl is null');
  }
  const removed = await session.call('removeAvatar');
  const without = expect.success('removeAvatar', removed, account, { etag: true });
  if (without?.avatarUrl === null) run.pass('removeAvatar', 'remove');
  else if (without) run.fail('removeAvatar', 'remove', 'avatarUrl is still set after removing the picture');

  session.progress('voicemail greeting');
  const text = await session.call('uploadVoicemailGreeting', {
    blob: new Blob([NOT_A_FILE], { type: 'audio/wav' }),
  });
  const refusedAudio = expect.refusal('uploadVoicemailGreeting', text, 'validation', 'validation');
  if (refusedAudio && !refusedAudio.errors?.some((error) => error.field === 'audio')) {
    run.fail(
      'uploadVoicemailGreeting',
      'validation',
      'text labelled audio/wav refused without an error on audio',
    );
  }
  if (!run.unsupported('uploadVoicemailGreeting')) {
    const recorded = await session.call('uploadVoicemailGreeting', {
      blob: new Blob([wavBytes()], { type: 'audio/wav' }),
    });
    const voice = expect.success('uploadVoicemailGreeting', recorded, voiceSettings, { etag: true });
    const greeting = voice?.voicemail.greeting;
    if (greeting?.mode === 'audio' && greeting.audioUrl) run.pass('uploadVoicemailGreeting', 'upload');
    else if (voice)
      run.fail('uploadVoicemailGreeting', 'upload', 'the greeting is not played from the recording');
  }
  const dropped = await session.call('removeVoicemailGreeting');
  const voice = expect.success('removeVoicemailGreeting', dropped, voiceSettings, { etag: true });
  const greeting = voice?.voicemail.greeting;
  if (greeting?.mode === 'text' && greeting.audioUrl === null) run.pass('removeVoicemailGreeting', 'remove');
  else if (voice)
    run.fail('removeVoicemailGreeting', 'remove', 'the recording is still the greeting after removing it');
}
