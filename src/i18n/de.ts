import type { Catalog, UsageUnit } from './en.js';
import { formatNumber } from './format.js';
import { plural, type PluralForms } from './plural.js';

/** Each kind of usage: its name in the plural, and a count of it as a phrase («1 Minute», «3.000 Minuten»). */
const USAGE_UNITS: Record<UsageUnit, { plural: string; count: PluralForms }> = {
  minutes: { plural: 'Minuten', count: { one: '# Minute', other: '# Minuten' } },
  messages: { plural: 'Nachrichten', count: { one: '# Nachricht', other: '# Nachrichten' } },
  groups: { plural: 'Gruppen', count: { one: '# Gruppe', other: '# Gruppen' } },
  apiRequests: { plural: 'API-Anfragen', count: { one: '# API-Anfrage', other: '# API-Anfragen' } },
};

/**
 * German, addressing the person as «Sie», as account and billing settings in German-language
 * software do. Buttons are infinitives («Code senden»), sentences say «Sie».
 *
 * A function of the locale, so numbers inside sentences are written as that locale writes them
 * (`de-CH` groups digits with ’, `de` with a dot).
 */
export function german(locale: string): Catalog {
  const n = (value: number): string => formatNumber(locale, value);
  const count = (value: number, forms: PluralForms): string => plural(locale, value, forms);
  // The number and its unit stay on one line.
  const megabytes = (value: number): string =>
    formatNumber(locale, value, { style: 'unit', unit: 'megabyte' }).replace(' ', '\u00a0');
  const attemptsLeft = (left: number): string =>
    count(left, { one: 'Noch # Versuch.', other: 'Noch # Versuche.' });
  const usage = (kind: UsageUnit, value: number): string => count(value, USAGE_UNITS[kind].count);

  return {
    common: {
      loading: 'Wird geladen…',
      save: 'Speichern',
      saving: 'Wird gespeichert…',
      saved: 'Gespeichert',
      cancel: 'Abbrechen',
      close: 'Schließen',
      retry: 'Erneut versuchen',
      reload: 'Neuesten Stand laden',
      keepMine: 'Meine Änderungen behalten',
      continue: 'Weiter',
      optional: 'optional',
      tryAgainIn: (seconds) => `In ${n(seconds)}\u00a0s erneut versuchen`,
    },
    errors: {
      loadFailed: 'Dieser Bereich konnte nicht geladen werden.',
      saveFailed: 'Ihre Änderungen wurden nicht gespeichert.',
      unauthorized: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
      forbidden: 'Dazu fehlt Ihnen die Berechtigung.',
      not_found: 'Das wurde nicht gefunden. Möglicherweise wurde es entfernt.',
      conflict:
        'Das wurde an anderer Stelle geändert, während Sie es bearbeitet haben. Ihre Eingaben bleiben erhalten.',
      precondition_required: 'Das ist noch nicht möglich.',
      rate_limited: (seconds) =>
        seconds > 0
          ? `Zu viele Versuche. Versuchen Sie es in ${n(seconds)}\u00a0s erneut.`
          : 'Zu viele Versuche. Versuchen Sie es gleich noch einmal.',
      network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
      offline:
        'Sie sind offline. Ihre Eingaben bleiben erhalten: Versuchen Sie es erneut, sobald Sie wieder online sind.',
      uncertain:
        'Der Server hat nicht rechtzeitig geantwortet, daher ist unklar, ob Ihre Änderung übernommen wurde. Wir prüfen das; versuchen Sie es erneut, um sicherzugehen.',
      timeout: 'Der Server hat zu lange für eine Antwort gebraucht.',
      invalid_response: 'Der Server hat eine Antwort gesendet, die diese Seite nicht versteht.',
      validation: 'Einige Felder müssen noch korrigiert werden.',
      verification_failed: 'Dieser Code ist nicht richtig.',
      verification_expired: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
      reverification_required: 'Bestätigen Sie Ihre Identität, um fortzufahren.',
      idempotency_key_reused:
        'Diese Anfrage wurde bereits mit anderen Angaben gesendet. Versuchen Sie es erneut.',
      idempotency_key_in_use:
        'Diese Anfrage wird noch bearbeitet. Warten Sie einen Moment und versuchen Sie es dann erneut.',
      unsupported: 'Das ist nicht verfügbar.',
      noAdapter:
        'Kein Konto-Adapter: Setzen Sie dieses Element in <account-provider>, geben Sie ihm über die Eigenschaft adapter einen Adapter oder rufen Sie configure({ adapter }) auf.',
    },
    fields: {
      required: 'Pflichtfeld.',
      // «Zeichen» is the same in singular and plural.
      too_short: (min) =>
        min === undefined ? 'Das ist zu kurz.' : `Verwenden Sie mindestens ${n(min)} Zeichen.`,
      too_long: (max) =>
        max === undefined ? 'Das ist zu lang.' : `Verwenden Sie höchstens ${n(max)} Zeichen.`,
      invalid_format: 'Das sieht nicht richtig aus.',
      invalid_characters: 'Entfernen Sie Zeilenumbrüche und unsichtbare Formatierungszeichen.',
      invalid_phone:
        'Das ist keine Telefonnummer. Geben Sie sie mit Ländervorwahl ein, zum Beispiel +49 151 23456789.',
      phone_premium:
        'Sonderrufnummern und kostenpflichtige Servicenummern sind nicht möglich. Geben Sie Ihre eigene Mobilnummer ein.',
      phone_unassigned: 'Diese Nummer gibt es nicht. Prüfen Sie die Ziffern und die Ländervorwahl.',
      phone_not_mobile: 'Diese Nummer kann keine SMS empfangen. Geben Sie eine Mobilnummer ein.',
      invalid_email: 'Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.com.',
      email_local_too_long: (max) =>
        max === undefined
          ? 'Der Teil vor dem @ ist zu lang.'
          : `Der Teil vor dem @ darf höchstens ${n(max)} Zeichen lang sein.`,
      invalid_time: 'Geben Sie eine Uhrzeit im Format HH:MM ein.',
      not_in_future: 'Wählen Sie einen Zeitpunkt, der noch nicht vorbei ist.',
      username_taken: 'Dieser Benutzername ist bereits vergeben.',
      username_reserved: 'Dieser Benutzername ist reserviert.',
      same_as_current: 'Das ist der aktuelle Wert.',
      password_common: 'Dieses Passwort ist zu verbreitet und leicht zu erraten. Wählen Sie ein anderes.',
      password_contains_username: 'Ihr Passwort darf Ihren Benutzernamen nicht enthalten.',
      out_of_range: 'Dieser Wert liegt außerhalb des zulässigen Bereichs.',
      confirmation_mismatch: 'Das stimmt nicht überein.',
    },
    reverify: {
      heading: 'Identität bestätigen',
      intro: 'Bestätigen Sie zu Ihrer Sicherheit Ihre Identität, bevor Sie fortfahren.',
      password: 'Aktuelles Passwort',
      wrongPassword: 'Dieses Passwort ist nicht richtig.',
      usePassword: 'Mein Passwort verwenden',
      useSms: 'Code per SMS erhalten',
      sendCode: 'Code senden',
      code: 'Code aus der SMS',
      codeSentTo: (to) => `Wir haben einen Code an ${to} gesendet.`,
      useTotp: 'Meine Authenticator-App verwenden',
      totpCode: 'Code aus Ihrer Authenticator-App',
      wrongTotp:
        'Dieser Code ist nicht richtig oder wurde schon verwendet. Geben Sie den neuesten Code Ihrer App ein.',
      useBackupCode: 'Einen Backup-Code verwenden',
      backupCode: 'Backup-Code',
      backupCodeHint: 'Einer der Backup-Codes, die Sie gespeichert haben. Jeder funktioniert einmal.',
      wrongBackupCode: 'Dieser Backup-Code ist nicht richtig oder wurde schon verwendet.',
      confirm: 'Bestätigen',
    },
    verification: {
      code: 'Bestätigungscode',
      codeHint: (length) => count(length, { one: '# Ziffer', other: '# Ziffern' }),
      resend: 'Neuen Code senden',
      resendIn: (seconds) => `Neuen Code in ${n(seconds)}\u00a0s senden`,
      attemptsLeft,
      noAttemptsLeft:
        'Keine Versuche mehr. Warten Sie zu Ihrer Sicherheit eine Weile, bevor Sie neu beginnen.',
      expired: 'Der Code ist abgelaufen. Fordern Sie einen neuen an.',
      sentTo: (to) => `Wir haben einen Code an ${to} gesendet.`,
      expiresIn: (minutes) =>
        minutes <= 1 ? 'Er läuft in weniger als einer Minute ab.' : `Er läuft in ${n(minutes)} Minuten ab.`,
      wrongCode: (left) => `Dieser Code ist nicht richtig. ${attemptsLeft(left)}`,
      startAgain: 'Neu beginnen',
    },
    profile: {
      heading: 'Profil',
      description: 'So sieht Ihr Team Sie.',
      picture: 'Profilbild',
      pictureAlt: (name) => `Profilbild von ${name}`,
      noPicture: 'Kein Profilbild',
      choosePicture: 'Bild hochladen',
      changePicture: 'Bild ändern',
      removePicture: 'Entfernen',
      pictureHint: (maxMb) => `PNG, JPEG, WebP oder GIF, bis ${megabytes(maxMb)}.`,
      cropHeading: 'Bild zuschneiden',
      cropHelp: 'Zum Verschieben ziehen; mit dem Schieberegler oder den Pfeiltasten zoomen und verschieben.',
      cropArea: 'Zuschneidebereich',
      zoom: 'Zoom',
      usePicture: 'Dieses Bild verwenden',
      pictureSaved: 'Profilbild aktualisiert.',
      pictureRemoved: 'Profilbild entfernt.',
      fileEmpty: 'Diese Datei ist leer.',
      fileTooLarge: (maxMb) => `Diese Datei ist größer als ${megabytes(maxMb)}. Wählen Sie eine kleinere.`,
      fileNotImage: 'Diese Datei ist kein PNG-, JPEG-, WebP- oder GIF-Bild.',
      fileUnreadable: 'Dieses Bild konnte nicht gelesen werden.',
      pictureTooLarge: (maxSide) =>
        `Dieses Bild ist breiter oder höher als ${n(maxSide)} Pixel. Wählen Sie ein kleineres.`,
      name: 'Name',
      username: 'Benutzername',
      usernameHint:
        'Kleinbuchstaben, Ziffern, Punkte, Binde- und Unterstriche; beginnt mit einem Buchstaben.',
      usernameChecking: 'Wird geprüft…',
      usernameAvailable: 'Verfügbar.',
      usernameCurrent: 'Das ist Ihr Benutzername.',
      usernameChecksPaused: (when) =>
        `Zu viele Namen geprüft: Die Verfügbarkeit wird ${when} wieder geprüft. Sie können trotzdem speichern.`,
      saved: 'Profil gespeichert.',
      roleAdmin: 'Admin',
      roleMember: 'Mitglied',
    },
    phone: {
      heading: 'Persönliche Mobilnummer',
      description:
        'An diese Nummer senden wir Ihre Sicherheitscodes per SMS. Eine neue Nummer wird vor der Verwendung mit einem Code bestätigt.',
      current: 'Mobilnummer',
      none: 'Noch keine Mobilnummer',
      change: 'Nummer ändern',
      add: 'Nummer hinzufügen',
      country: 'Land oder Region',
      noCountry: 'Land auswählen',
      countryOption: (name, callingCode) => `${name} (+${callingCode})`,
      number: 'Neue Mobilnummer',
      numberHint: 'So, wie Sie sie in diesem Land wählen würden, oder mit + und Ländervorwahl.',
      sendCode: 'Code senden',
      sending: 'Wird gesendet…',
      verify: 'Bestätigen',
      verifying: 'Wird geprüft…',
      codeIncomplete: 'Geben Sie den vollständigen Code aus der SMS ein.',
      codeSentAgain: 'Ein neuer Code ist unterwegs.',
      verified: 'Ihre Mobilnummer wurde geändert.',
    },
    deleteAccount: {
      heading: 'Konto löschen',
      description: 'Das Konto mit allem, was dazugehört, für alle Mitglieder schließen.',
      consequences:
        'Beim Löschen des Kontos werden seine Rufnummern, der Anruf- und Nachrichtenverlauf, Mailbox-Nachrichten, Kontakte, Gruppen und API-Schlüssel für alle Mitglieder entfernt. Das lässt sich nicht rückgängig machen.',
      delete: 'Konto löschen…',
      adminOnly:
        'Nur ein Admin kann das Konto löschen. Wenden Sie sich an einen Admin Ihres Kontos, wenn es geschlossen werden soll.',
      confirmHeading: 'Dieses Konto löschen?',
      confirmIntro:
        'Das lässt sich nicht rückgängig machen. Der API-Schlüssel funktioniert nicht mehr, und alle Mitglieder verlieren sofort den Zugriff.',
      typeUsername: (username) => `Geben Sie zur Bestätigung ${username} ein`,
      typeHint: 'Der Benutzername, genau wie angezeigt.',
      confirm: 'Konto löschen',
      deleting: 'Wird gelöscht…',
      deleted: 'Das Konto wurde gelöscht.',
    },
    email: {
      heading: 'E-Mail',
      description: 'Die Adresse, an die wir schreiben, und worüber wir Sie per E-Mail informieren.',
      address: 'E-Mail-Adresse',
      change: 'E-Mail-Adresse ändern',
      newAddress: 'Neue E-Mail-Adresse',
      newAddressHint:
        'Wir senden einen Link an diese Adresse. Ihre aktuelle Adresse gilt weiter, bis Sie den Link öffnen.',
      sendLink: 'Link senden',
      sending: 'Wird gesendet…',
      sameAsCurrent: 'Das ist bereits Ihre E-Mail-Adresse.',
      pendingHeading: 'Wartet auf Ihre Bestätigung',
      linkSent: (address) =>
        `Wir haben einen Link an ${address} gesendet. Öffnen Sie ihn, um zu dieser Adresse zu wechseln.`,
      stillPrimary: (current) => `Bis dahin bleibt ${current} Ihre E-Mail-Adresse.`,
      resend: 'Link erneut senden',
      resendIn: (seconds) => `Link in ${n(seconds)}\u00a0s erneut senden`,
      cancelChange: 'Änderung abbrechen',
      linkSentStatus: 'Link gesendet. Sehen Sie in Ihrem Posteingang nach.',
      linkResent: 'Neuer Link gesendet. Nur der neueste Link funktioniert.',
      changeCancelled: (current) => `Die Änderung wurde abgebrochen. Ihre E-Mail-Adresse bleibt ${current}.`,
      changed: (address) => `Ihre E-Mail-Adresse lautet jetzt ${address}.`,
      notificationsHeading: 'E-Mail-Benachrichtigungen',
      notifyAll: 'Per E-Mail über Anrufe informieren',
      notifyAllHint: 'An Ihre E-Mail-Adresse.',
      missedCalls: 'Verpasste Anrufe',
      voicemails: 'Mailbox-Nachrichten',
      notificationsSaved: 'E-Mail-Benachrichtigungen gespeichert.',
      notificationsConflict:
        'Diese Einstellungen wurden an anderer Stelle geändert. Der neueste Stand wird angezeigt; versuchen Sie es erneut.',
    },
    password: {
      heading: 'Passwort',
      description:
        'Ändern Sie es mit Ihrem aktuellen Passwort, oder setzen Sie es mit einem Code zurück, den wir Ihnen per SMS senden.',
      change: 'Passwort ändern',
      reset: 'Passwort zurücksetzen',
      resetNote: 'Vergessen? Zum Zurücksetzen senden wir einen Code per SMS an die Mobilnummer Ihres Kontos.',
      sending: 'Code wird gesendet…',
      noPhone:
        'Zum Zurücksetzen senden wir einen Code per SMS an Ihre Mobilnummer, aber in Ihrem Konto ist noch keine hinterlegt.',
      addPhone: 'Mobilnummer hinzufügen',
      changeUnsupported:
        'Das Passwort lässt sich hier nicht mit dem aktuellen Passwort ändern. Setzen Sie es mit einem Code zurück, den wir Ihnen per SMS senden.',
      username: 'Benutzername',
      current: 'Aktuelles Passwort',
      new: 'Neues Passwort',
      show: 'Passwort anzeigen',
      rules: (min, max) =>
        `${n(min)} bis ${n(max)} Zeichen; Leerzeichen, Emojis und jedes Alphabet zählen. Ziffern oder Sonderzeichen sind nicht nötig. Nicht erlaubt sind gängige Passwörter, Ihr Benutzername und Ihr aktuelles Passwort.`,
      strength: {
        weak: 'Stärke: schwach. Es wäre schnell erraten.',
        fair: 'Stärke: mittel. Länger ist stärker: Ein paar Wörter ohne Zusammenhang eignen sich gut.',
        good: 'Stärke: gut.',
        strong: 'Stärke: stark.',
      },
      wrongPassword: (left) =>
        left === 0
          ? 'Dieses Passwort ist nicht richtig. Keine Versuche mehr: Warten Sie eine Weile, bevor Sie es erneut versuchen.'
          : `Dieses Passwort ist nicht richtig. ${attemptsLeft(left)}`,
      sameAsCurrent: 'Das ist Ihr aktuelles Passwort. Wählen Sie ein neues.',
      forgot: 'Passwort vergessen?',
      codeIncomplete: 'Geben Sie den vollständigen Code aus der SMS ein.',
      codeSentAgain: 'Ein neuer Code ist unterwegs.',
      save: 'Passwort speichern',
      changed: 'Ihr Passwort wurde geändert.',
      resetDone: 'Ihr Passwort wurde zurückgesetzt.',
    },
    apiKey: {
      heading: 'API-Schlüssel',
      description:
        'Damit meldet sich Ihre eigene Software bei der API an. Behandeln Sie ihn so vertraulich wie ein Passwort.',
      key: 'Ihr Schlüssel',
      dates: (created, lastUsed) =>
        lastUsed === null
          ? `Erstellt am ${created}, noch nie verwendet`
          : `Erstellt am ${created}, zuletzt verwendet ${lastUsed}`,
      reveal: 'Anzeigen',
      revealing: 'Wird angezeigt…',
      hide: 'Verbergen',
      hidesIn: (seconds) => `Wird in ${n(seconds)}\u00a0s verborgen`,
      hiddenAgain: 'Der Schlüssel ist wieder verborgen.',
      copy: 'Kopieren',
      copying: 'Wird kopiert…',
      copied: 'Kopiert',
      copyFailed:
        'Der Schlüssel konnte nicht kopiert werden. Lassen Sie ihn anzeigen und kopieren Sie ihn von Hand.',
      regenerate: 'Neu erzeugen…',
      confirmHeading: 'API-Schlüssel neu erzeugen?',
      confirmIntro:
        'Der aktuelle Schlüssel funktioniert sofort nicht mehr: Alles, was ihn verwendet, wird abgewiesen, bis Sie dort den neuen Schlüssel hinterlegen.',
      confirm: 'Schlüssel neu erzeugen',
      regenerating: 'Wird neu erzeugt…',
      newKeyHeading: 'Ihr neuer API-Schlüssel',
      newKeyNote:
        'Kopieren Sie ihn jetzt und hinterlegen Sie ihn überall, wo der alte Schlüssel verwendet wurde.',
      shownOnce:
        'Er wird nur dieses eine Mal vollständig angezeigt: Kopieren Sie ihn jetzt und bewahren Sie ihn sicher auf.',
      done: 'Fertig',
      regenerated: 'Ein neuer API-Schlüssel wurde erzeugt. Der alte funktioniert nicht mehr.',
      revealUnsupported:
        'Dieser Server zeigt einen Schlüssel nur beim Erzeugen vollständig an. Erzeugen Sie ihn neu, um einen Schlüssel zum Kopieren zu erhalten.',
      memberNote:
        'Nur ein Admin kann den API-Schlüssel anzeigen oder ersetzen. Wenden Sie sich an einen Admin Ihres Kontos, wenn Sie ihn benötigen.',
    },
    devices: {
      heading: 'Wo du angemeldet bist',
      description:
        'Die Geräte und Browser, die mit deinem Konto angemeldet sind. Melde alle ab, die du nicht kennst.',
      navLabel: 'Angemeldete Geräte',
      kinds: { desktop: 'Computer', mobile: 'Telefon', tablet: 'Tablet', other: 'Gerät' },
      device: (kind, os) => (os === null ? kind : `${kind}, ${os}`),
      unknownBrowser: 'Unbekannter Browser',
      place: (city, country) => `${city}, ${country}`,
      thisDevice: 'Dieses Gerät',
      activeNow: 'Jetzt aktiv',
      lastActive: (when) => `Zuletzt aktiv ${when}`,
      signOut: 'Abmelden',
      signingOut: 'Wird abgemeldet…',
      signOutOthers: 'Alle anderen Geräte abmelden',
      confirmHeading: (device) => `${device} abmelden?`,
      confirmIntro:
        'Wer dieses Gerät benutzt, muss sich wieder mit deinem Passwort anmelden, um hineinzukommen.',
      confirmOthersHeading: 'Alle anderen Geräte abmelden?',
      confirmOthersIntro:
        'Alle Geräte außer diesem müssen sich wieder mit deinem Passwort anmelden, um hineinzukommen.',
      confirmOthers: 'Alle anderen abmelden',
      signedOut: (device) => `${device} wurde abgemeldet.`,
      signedOutOthers: (value) =>
        count(value, {
          one: '# anderes Gerät wurde abgemeldet.',
          other: '# andere Geräte wurden abgemeldet.',
        }),
      onlyThisDevice: 'Nur dieses Gerät ist angemeldet.',
    },
    passkeys: {
      heading: 'Passkeys',
      description:
        'Melde dich mit Fingerabdruck, Gesicht oder Geräte-PIN statt mit einem Passwort an. Ein Passkey lässt sich nicht erraten, und eine gefälschte Website kann ihn nicht nutzen.',
      listLabel: 'Deine Passkeys',
      none: 'Noch keine Passkeys. Füge einen hinzu, um dich ohne Passwort anzumelden.',
      synced: 'Auf deinen Geräten synchronisiert',
      deviceBound: 'Nur auf dem Gerät oder Schlüssel, der ihn erstellt hat',
      dates: (added, lastUsed) =>
        lastUsed === null
          ? `Hinzugefügt am ${added}, nie verwendet`
          : `Hinzugefügt am ${added}, zuletzt verwendet ${lastUsed}`,
      add: 'Passkey hinzufügen',
      adding: 'Warte auf dein Gerät…',
      added: (name) => `Passkey hinzugefügt: ${name}.`,
      browserCannot:
        'Dieser Browser kann keine Passkeys erstellen. Deine vorhandenen kannst du weiterhin umbenennen oder entfernen.',
      ceremony: {
        cancelled: 'Es wurde kein Passkey hinzugefügt: Die Anfrage wurde abgebrochen oder dauerte zu lange.',
        exists: 'Dieses Gerät hat bereits einen Passkey für dein Konto.',
        failed:
          'Dein Gerät konnte keinen Passkey erstellen. Versuche es noch einmal oder nimm ein anderes Gerät.',
      },
      duplicate: 'Dieser Passkey ist bereits in deinem Konto.',
      invalid:
        'Der Passkey konnte nicht geprüft werden und wurde daher nicht hinzugefügt. Versuche es noch einmal.',
      rename: 'Umbenennen',
      nameLabel: (current) => `Neuer Name für ${current}`,
      renamed: (name) => `Passkey umbenannt in ${name}.`,
      remove: 'Entfernen…',
      removeHeading: (name) => `${name} entfernen?`,
      removeWarning:
        'Du kannst dich dann nicht mehr damit anmelden. Lösche ihn auch auf deinem Gerät oder in deinem Passwortmanager.',
      confirmRemove: 'Passkey entfernen',
      removing: 'Wird entfernt…',
      removed: (name) => `${name} wurde entfernt.`,
    },
    twoStep: {
      heading: 'Zwei-Schritt-Verifizierung',
      description:
        'Ein zweiter Schritt bei der Anmeldung, damit ein gestohlenes Passwort allein niemanden hineinlässt.',
      on: 'An',
      off: 'Aus',
      offNote: 'Zur Anmeldung genügt Ihr Passwort.',
      onNote: 'Zur Anmeldung braucht es Ihr Passwort und einen Code.',
      app: 'Authenticator-App',
      appNote:
        'Eine App wie Google Authenticator, Microsoft Authenticator oder 1Password zeigt alle 30 Sekunden einen neuen 6-stelligen Code. Sie geben ihn nach Ihrem Passwort ein.',
      appUnsupported: 'Dieser Server bietet keine Authenticator-Apps an.',
      setUp: 'Authenticator-App einrichten',
      starting: 'Wird vorbereitet…',
      appOnSince: (date) => `An seit ${date}.`,
      turnOff: 'Ausschalten…',
      turnOffHeading: 'Authenticator-App ausschalten?',
      turnOffLast:
        'Die Zwei-Schritt-Verifizierung geht mit ihr aus und Ihre Backup-Codes funktionieren nicht mehr: Ihr Passwort allein meldet Sie dann an.',
      turnOffOther: 'Codes aus der App werden nicht mehr verlangt und nicht mehr angenommen.',
      confirmTurnOff: 'Ausschalten',
      turningOff: 'Wird ausgeschaltet…',
      turnedOff: 'Die Authenticator-App wurde ausgeschaltet.',
      setupHeading: 'Authenticator-App einrichten',
      scan: '1. Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.',
      qrLabel: 'QR-Code für Ihre Authenticator-App',
      cannotScan: 'Scannen klappt nicht? Geben Sie stattdessen diesen Einrichtungsschlüssel in der App ein:',
      copyKey: 'Schlüssel kopieren',
      keyCopied: 'Der Einrichtungsschlüssel wurde kopiert.',
      copyFailed: 'Das Kopieren ist fehlgeschlagen. Markieren und kopieren Sie es von Hand.',
      enterCode: '2. Geben Sie den Code ein, den die App zeigt, um zu prüfen, dass sie funktioniert.',
      code: 'Code aus der App',
      codeIncomplete: (digits) => `Geben Sie alle ${n(digits)} Ziffern ein, die die App zeigt.`,
      wrongCode:
        'Dieser Code ist nicht richtig. Geben Sie den neuesten Code der App ein; klappt es weiter nicht, prüfen Sie, ob Ihr Telefon die Uhrzeit automatisch stellt.',
      setupExpired:
        'Diese Einrichtung ist abgelaufen. Beginnen Sie neu, um einen neuen Schlüssel zu erhalten.',
      startAgain: 'Neu beginnen',
      confirm: 'Einschalten',
      confirming: 'Wird geprüft…',
      turnedOn: 'Die Authenticator-App ist an. Bei der Anmeldung werden Sie nach einem Code daraus gefragt.',
      sms: 'Codes per SMS',
      smsNote: (to) => `Codes bei der Anmeldung an ${to}.`,
      smsNoPhone: 'Fügen Sie Ihrem Konto eine Handynummer hinzu, um Codes per SMS zu erhalten.',
      smsOnSince: (to, date) => `Codes gehen an ${to}. An seit ${date}.`,
      smsTurnOn: 'SMS-Codes einschalten',
      smsTurnOff: 'SMS-Codes ausschalten',
      smsTurnedOn: 'Codes per SMS sind an.',
      smsTurnedOff: 'Codes per SMS sind aus.',
      backupCodes: 'Backup-Codes',
      backupNote: 'Für den Fall, dass Sie Ihr Telefon nicht haben: Jeder Code meldet Sie einmal an.',
      remaining: (value) =>
        count(value, { one: 'Noch # unbenutzter Backup-Code.', other: 'Noch # unbenutzte Backup-Codes.' }),
      newCodes: 'Neue Backup-Codes',
      makingCodes: 'Codes werden erstellt…',
      codesHeading: 'Ihre Backup-Codes',
      shownOnce:
        'Sie werden nur dieses eine Mal angezeigt. Speichern Sie sie jetzt an einem sicheren Ort, etwa in Ihrem Passwort-Manager: Jeder Code funktioniert einmal.',
      oldCodesGone: 'Ihre bisherigen Backup-Codes funktionieren nicht mehr.',
      copyCodes: 'Kopieren',
      codesCopied: 'Die Backup-Codes wurden kopiert.',
      download: 'Herunterladen',
      fileName: 'Backup-Codes-Zwei-Schritt.txt',
      fileHeading: (date) => `Backup-Codes für die Zwei-Schritt-Verifizierung, erstellt am ${date}`,
      fileNote: 'Jeder Code funktioniert einmal. Werden neue Codes erstellt, funktionieren diese nicht mehr.',
      saved: 'Ich habe sie gespeichert',
      codesMade: 'Neue Backup-Codes wurden erstellt. Die bisherigen funktionieren nicht mehr.',
    },
    plan: {
      heading: 'Tarif und Nutzung',
      description: 'Ihr Tarif, der aktuelle Abrechnungszeitraum und wie viel davon genutzt ist.',
      planLabel: 'Tarif',
      cycle: (start, end) => `Dieser Abrechnungszeitraum hat am ${start} begonnen und endet am ${end}.`,
      usageLabel: 'Nutzung in diesem Zeitraum',
      kinds: { minutes: 'Minuten', messages: 'Nachrichten', groups: 'Gruppen', apiRequests: 'API-Anfragen' },
      usedOf: (kind, used, limit) => `${n(used)} von ${usage(kind, limit)}`,
      usedUnlimited: (kind, used) => `${usage(kind, used)}, unbegrenzt`,
      withinLimit: 'Innerhalb des Limits.',
      nearLimit: 'Limit fast erreicht.',
      limitReached: 'Limit erreicht.',
      projection: (kind, about, date) => `Bei diesem Tempo: etwa ${usage(kind, about)} bis zum ${date}.`,
      runsOut: (date) => `Bei diesem Tempo ist das Kontingent etwa am ${date} aufgebraucht.`,
      upgrade: 'Tarif wechseln',
      salesChat: 'Mit dem Vertrieb chatten',
      salesUnreachable:
        'Der Vertriebschat lässt sich hier nicht öffnen. Um mit dem Vertrieb zu sprechen, wenden Sie sich an einen Admin Ihres Kontos oder nutzen Sie die Kontaktdaten auf unserer Website.',
      upgradeHeading: 'Tarif wechseln',
      upgradeIntro:
        'Vergleichen Sie die Tarife: was jeder pro Abrechnungszeitraum enthält und was er kostet.',
      plansLabel: 'Tarife',
      current: 'Aktueller Tarif',
      price: (amount, interval) => (interval === 'month' ? `${amount} pro Monat` : `${amount} pro Jahr`),
      customPrice: 'Preis auf Anfrage',
      limit: (kind, amount) => usage(kind, amount),
      unlimited: (kind) => `Unbegrenzte ${USAGE_UNITS[kind].plural}`,
      choose: (name) => `${name} wählen`,
      opening: 'Bezahlseite wird geöffnet…',
      redirecting: 'Sie werden zur Bezahlseite weitergeleitet…',
      salesOnly: 'Erhältlich über unseren Vertrieb.',
      talkToSales: (name) => `Mit dem Vertrieb über ${name} sprechen`,
      askAdmin: (name) => `Bitten Sie einen Admin Ihres Kontos, zu ${name} zu wechseln.`,
      adminOnly: 'Nur ein Admin kann den Tarif ändern. Wenden Sie sich an einen Admin Ihres Kontos.',
      checkoutUnsafe:
        'Die Bezahlseite konnte nicht sicher geöffnet werden. Versuchen Sie es später erneut oder wenden Sie sich an den Support.',
    },
    menu: {
      button: 'Einstellungen',
      buttonFor: (name) => `Einstellungen für ${name}`,
      mySettings: 'Meine Einstellungen',
    },
    settingsSection: {
      saved: 'Ihre Einstellungen wurden gespeichert.',
      noSource:
        'Nichts anzuzeigen: Geben Sie diesem Bereich eine Ressource oder Funktionen zum Laden und Speichern.',
      switchSaved: (label, on) => (on ? `${label}: ein.` : `${label}: aus.`),
      switchConflict:
        'Das wurde an anderer Stelle geändert. Jetzt werden die neuesten Einstellungen angezeigt: Betätigen Sie den Schalter erneut, wenn Sie die Änderung weiterhin möchten.',
      switchNeedsFields: (label) =>
        `${label} braucht noch Angaben, bevor es sich einschalten lässt: Füllen Sie die markierten Felder aus und klicken Sie dann auf „Speichern“.`,
      unsaved: 'Noch nicht gespeichert',
      outOfRange: (min, max) => `Geben Sie eine ganze Zahl von ${n(min)} bis ${n(max)} ein.`,
      fieldErrors: {
        too_many: (max) => (max === undefined ? 'Das sind zu viele.' : `Höchstens ${n(max)}.`),
        too_long_duration: (seconds) =>
          seconds === undefined
            ? 'Die Aufnahme ist zu lang.'
            : seconds % 60 === 0
              ? count(seconds / 60, {
                  one: 'Die Aufnahme darf höchstens # Minute lang sein.',
                  other: 'Die Aufnahme darf höchstens # Minuten lang sein.',
                })
              : count(seconds, {
                  one: 'Die Aufnahme darf höchstens # Sekunde lang sein.',
                  other: 'Die Aufnahme darf höchstens # Sekunden lang sein.',
                }),
        invalid_keyword:
          'Verwenden Sie ein einzelnes Wort: Buchstaben und Ziffern, ohne Leer- oder Sonderzeichen.',
        keyword_standard: 'Dieses Stichwort funktioniert immer: Sie müssen es nicht hinzufügen.',
        duplicate: 'Das steht bereits in der Liste.',
        invalid_time_zone: 'Wählen Sie eine Zeitzone aus der Liste.',
      },
      audio: {
        none: 'Noch keine Aufnahme.',
        player: 'Ihre Aufnahme',
        upload: 'Aufnahme hochladen',
        replace: 'Aufnahme ersetzen',
        remove: 'Aufnahme entfernen',
        uploading: 'Wird hochgeladen…',
        removing: 'Wird entfernt…',
        hint: (size, minutes) =>
          `MP3, WAV, OGG oder M4A, bis ${megabytes(size)} und ${count(minutes, { one: '# Minute', other: '# Minuten' })}.`,
        uploaded: 'Die Aufnahme wurde gespeichert und wird ab jetzt abgespielt.',
        removed: 'Die Aufnahme wurde entfernt.',
        required: 'Laden Sie zuerst eine Aufnahme hoch, oder wählen Sie die Textansage.',
        fileEmpty: 'Diese Datei ist leer.',
        fileTooLarge: (size) =>
          `Diese Datei ist größer als ${megabytes(size)}. Wählen Sie eine kürzere oder kleinere Aufnahme.`,
        fileNotAudio: 'Diese Datei ist keine Aufnahme. Verwenden Sie eine MP3-, WAV-, OGG- oder M4A-Datei.',
      },
      keywords: {
        standard: 'Immer aktiv',
        standardNote: 'Diese funktionieren immer, egal was Sie hinzufügen:',
        custom: 'Ihre Stichwörter',
        none: 'Noch keine eigenen Stichwörter.',
        newKeyword: 'Neues Stichwort',
        add: 'Hinzufügen',
        remove: (keyword) => `${keyword} entfernen`,
        problem: (keyword, problem) => `${keyword}: ${problem}`,
      },
      hours: {
        day: 'Tag',
        opens: 'Von',
        closes: 'Bis',
        opensOn: (day) => `${day}: von`,
        closesOn: (day) => `${day}: bis`,
        closed: 'Geschlossen',
        overnight: 'Über Nacht',
      },
      neverEnds: 'Bis Sie es ausschalten',
    },
    voice: {
      heading: 'Anrufe',
      description:
        'Wie Ihre Geschäftsnummer Anrufe annimmt: Weiterleitung, Mailbox, Rufnummernanzeige, Geschäftszeiten und „Nicht stören“.',
      saved: 'Ihre Anrufeinstellungen wurden gespeichert.',
      forwardingGroup: 'Weiterleitung',
      forwarding: 'Anrufe weiterleiten',
      forwardingHint: 'Bei einem eingehenden Anruf klingelt ein anderes Telefon.',
      forwardingNumber: 'Weiterleiten an',
      forwardingNumberHint: 'Mit Ländervorwahl, zum Beispiel +49 151 23456789.',
      voicemailGroup: 'Mailbox',
      voicemail: 'Anrufe per Mailbox annehmen',
      voicemailHint: 'Anrufer können eine Nachricht hinterlassen, wenn niemand abnimmt.',
      ringSeconds: 'Klingeldauer (Sekunden)',
      ringSecondsHint: (min, max) =>
        `Wie lange ein Anruf klingelt, bevor die Mailbox annimmt: ${n(min)} bis ${n(max)} Sekunden.`,
      greetingMode: 'Ansage',
      greetingModes: { text: 'Meinen Text vorlesen', audio: 'Meine Aufnahme abspielen' },
      greetingText: 'Ansagetext',
      greetingTextHint: 'Wird Anrufern vor dem Signalton vorgelesen.',
      greetingAudio: 'Aufnahme',
      callerIdGroup: 'Rufnummernanzeige',
      callerId: 'Anzeigen als',
      callerIdHint: 'Was die Personen sehen, die Sie anrufen.',
      callerIdModes: {
        business: 'Geschäftsnummer',
        personal: 'Meine Mobilnummer',
        private: 'Unterdrückte Rufnummer',
      },
      hoursGroup: 'Geschäftszeiten',
      hours: 'Geschäftszeiten verwenden',
      hoursHint: 'Außerhalb dieser Zeiten gehen Anrufe an die Mailbox.',
      timezone: 'Zeitzone',
      days: 'Öffnungstage und -zeiten',
      daysHint:
        'Liegt die Schließzeit vor der Öffnungszeit, reichen die Öffnungszeiten über Mitternacht hinaus.',
      doNotDisturb: 'Nicht stören',
      doNotDisturbHint: 'Anrufe gehen direkt an die Mailbox.',
      until: 'Bis',
      untilHint: 'Leer lassen, damit es aktiv bleibt, bis Sie es ausschalten.',
    },
    messages: {
      heading: 'SMS',
      description:
        'Ihre Signatur, automatische Antworten, die Weiterleitung von SMS per E-Mail und Abmelde-Stichwörter.',
      saved: 'Ihre SMS-Einstellungen wurden gespeichert.',
      signature: 'Signatur',
      signatureHint: 'Wird an jede SMS angehängt, die Sie senden.',
      autoReplyGroup: 'Automatische Antwort',
      autoReply: 'Automatisch antworten',
      autoReplyHint: 'Jede eingehende SMS mit einer Nachricht beantworten.',
      autoReplyText: 'Text der automatischen Antwort',
      forwardGroup: 'Weiterleitung per E-Mail',
      forwardToEmail: 'SMS per E-Mail weiterleiten',
      forwardToEmailHint: 'Sie erhalten eine Kopie jeder eingehenden SMS.',
      forwardEmail: 'E-Mail-Adresse',
      optOut: 'Abmelde-Stichwörter',
      optOutHint: (max) =>
        `Besteht eine SMS nur aus einem dieser Wörter, erhält der Absender keine Nachrichten mehr von Ihnen. ${count(max, { one: 'Fügen Sie bis zu # eigenes hinzu.', other: 'Fügen Sie bis zu # eigene hinzu.' })}`,
    },
    settings: {
      heading: 'Meine Einstellungen',
      security: 'Sicherheit',
      navigation: 'Bereiche der Einstellungen',
      sections: 'Bereiche',
      sectionsMenu: (current) => `Wechseln zu: ${current}`,
      sectionUnavailable:
        'Dieser Abschnitt konnte nicht geladen werden. Prüfen Sie Ihre Verbindung: Sobald Sie wieder online sind, lädt er von selbst.',
    },
  };
}

/** German with numbers as `de` writes them, for `registerLocale('de-DE', de)` and the like. */
export const de: Catalog = german('de');
