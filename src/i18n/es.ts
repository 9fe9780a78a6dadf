import type { Catalog, UsageUnit } from './en.js';
import { formatNumber } from './format.js';
import { plural, type PluralForms } from './plural.js';

/** Each kind of usage: its name in the plural, and a count of it as a phrase («1 minuto», «3.000 minutos»). */
const USAGE_UNITS: Record<UsageUnit, { plural: string; count: PluralForms }> = {
  minutes: { plural: 'minutos', count: { one: '# minuto', other: '# minutos' } },
  messages: { plural: 'mensajes', count: { one: '# mensaje', other: '# mensajes' } },
  groups: { plural: 'grupos', count: { one: '# grupo', other: '# grupos' } },
  apiRequests: {
    plural: 'solicitudes de API',
    count: { one: '# solicitud de API', other: '# solicitudes de API' },
  },
};

/**
 * Spanish, addressing the person as «tú», as most Spanish-language software does. Written for
 * Spain («móvil»); a host serving Latin America can register a variant with «celular».
 *
 * A function of the locale, so numbers inside sentences are written as that locale writes them
 * (`es` and `es-MX` group digits differently).
 */
export function spanish(locale: string): Catalog {
  const n = (value: number): string => formatNumber(locale, value);
  const count = (value: number, forms: PluralForms): string => plural(locale, value, forms);
  // The number and its unit stay on one line.
  const megabytes = (value: number): string =>
    formatNumber(locale, value, { style: 'unit', unit: 'megabyte' }).replace(' ', '\u00a0');
  const attemptsLeft = (left: number): string =>
    count(left, { one: 'Te queda # intento.', other: 'Te quedan # intentos.' });
  const characters = (value: number): string => count(value, { one: '# carácter', other: '# caracteres' });
  const usage = (kind: UsageUnit, value: number): string => count(value, USAGE_UNITS[kind].count);

  return {
    common: {
      loading: 'Cargando…',
      save: 'Guardar',
      saving: 'Guardando…',
      saved: 'Guardado',
      cancel: 'Cancelar',
      close: 'Cerrar',
      retry: 'Reintentar',
      reload: 'Cargar lo más reciente',
      keepMine: 'Conservar mis cambios',
      continue: 'Continuar',
      optional: 'opcional',
      tryAgainIn: (seconds) => `Reintentar en ${n(seconds)}\u00a0s`,
    },
    errors: {
      loadFailed: 'No se ha podido cargar esta sección.',
      saveFailed: 'Tus cambios no se han guardado.',
      unauthorized: 'Tu sesión ha terminado. Vuelve a iniciar sesión para continuar.',
      forbidden: 'No tienes permiso para hacer esto.',
      not_found: 'No se ha encontrado. Puede que se haya eliminado.',
      conflict: 'Se ha cambiado en otro lugar mientras lo editabas. Lo que has escrito se conserva.',
      precondition_required: 'Esto todavía no se puede hacer.',
      rate_limited: (seconds) =>
        seconds > 0
          ? `Demasiados intentos. Vuelve a intentarlo en ${n(seconds)}\u00a0s.`
          : 'Demasiados intentos. Vuelve a intentarlo en un momento.',
      network: 'No se ha podido conectar con el servidor. Comprueba tu conexión.',
      offline:
        'No tienes conexión. Lo que has escrito se conserva: vuelve a intentarlo cuando recuperes la conexión.',
      uncertain:
        'El servidor no ha respondido a tiempo, así que puede que tu cambio se haya aplicado o no. Lo estamos comprobando; vuelve a intentarlo para asegurarte.',
      timeout: 'El servidor ha tardado demasiado en responder.',
      invalid_response: 'El servidor ha enviado una respuesta que esta página no entiende.',
      validation: 'Revisa los campos marcados.',
      verification_failed: 'Ese código no es correcto.',
      verification_expired: 'Ese código ha caducado. Pide uno nuevo.',
      reverification_required: 'Confirma que eres tú para continuar.',
      idempotency_key_reused: 'Esta solicitud ya se envió con otros datos. Vuelve a intentarlo.',
      idempotency_key_in_use:
        'Esta solicitud aún se está procesando. Espera un momento y vuelve a intentarlo.',
      unsupported: 'Esto no está disponible.',
      noAdapter:
        'No hay adaptador de cuenta: coloca este elemento dentro de <account-provider>, asigna su propiedad adapter o llama a configure({ adapter }).',
    },
    fields: {
      required: 'Obligatorio.',
      too_short: (min) => (min === undefined ? 'Es demasiado corto.' : `Usa al menos ${characters(min)}.`),
      too_long: (max) => (max === undefined ? 'Es demasiado largo.' : `Usa como máximo ${characters(max)}.`),
      invalid_format: 'Esto no parece correcto.',
      invalid_characters: 'Quita los saltos de línea y los caracteres de formato invisibles.',
      invalid_phone:
        'Eso no es un número de teléfono. Escríbelo con el prefijo del país, por ejemplo +34 612 34 56 78.',
      phone_premium:
        'No se pueden usar números de tarificación especial ni de coste compartido. Escribe tu propio número de móvil.',
      phone_unassigned: 'Ese número no existe. Comprueba los dígitos y el prefijo del país.',
      phone_not_mobile: 'Ese número no puede recibir SMS. Escribe un número de móvil.',
      invalid_email: 'Escribe una dirección de correo electrónico, por ejemplo nombre@ejemplo.com.',
      email_local_too_long: (max) =>
        max === undefined
          ? 'La parte anterior a la @ es demasiado larga.'
          : `La parte anterior a la @ puede tener como máximo ${characters(max)}.`,
      invalid_time: 'Escribe una hora con el formato HH:MM.',
      not_in_future: 'Elige una hora que aún no haya pasado.',
      username_taken: 'Ese nombre de usuario ya está en uso.',
      username_reserved: 'Ese nombre de usuario está reservado.',
      same_as_current: 'Ese es el valor actual.',
      password_common: 'Esa contraseña es demasiado común y fácil de adivinar. Elige otra.',
      password_contains_username: 'Tu contraseña no puede contener tu nombre de usuario.',
      out_of_range: 'Ese valor está fuera del rango permitido.',
      confirmation_mismatch: 'No coincide.',
    },
    reverify: {
      heading: 'Confirma que eres tú',
      intro: 'Por tu seguridad, confirma que eres tú antes de continuar.',
      password: 'Contraseña actual',
      wrongPassword: 'Esa contraseña no es correcta.',
      usePassword: 'Usar mi contraseña',
      useSms: 'Usar un código por SMS',
      sendCode: 'Enviar código',
      code: 'Código del SMS',
      codeSentTo: (to) => `Hemos enviado un código a ${to}.`,
      useTotp: 'Usar mi app de autenticación',
      totpCode: 'Código de tu app de autenticación',
      wrongTotp: 'Ese código no es correcto o ya se ha usado. Escribe el código más reciente de tu app.',
      useBackupCode: 'Usar un código de respaldo',
      backupCode: 'Código de respaldo',
      backupCodeHint: 'Uno de los códigos de respaldo que guardaste. Cada uno sirve una sola vez.',
      wrongBackupCode: 'Ese código de respaldo no es correcto o ya se ha usado.',
      confirm: 'Confirmar',
    },
    verification: {
      code: 'Código de verificación',
      codeHint: (length) => count(length, { one: '# dígito', other: '# dígitos' }),
      resend: 'Enviar un código nuevo',
      resendIn: (seconds) => `Enviar un código nuevo en ${n(seconds)}\u00a0s`,
      attemptsLeft,
      noAttemptsLeft: 'No te quedan intentos. Por tu seguridad, espera un rato antes de volver a empezar.',
      expired: 'El código ha caducado. Pide uno nuevo.',
      sentTo: (to) => `Hemos enviado un código a ${to}.`,
      expiresIn: (minutes) =>
        minutes <= 1 ? 'Caduca en menos de un minuto.' : `Caduca en ${n(minutes)} minutos.`,
      wrongCode: (left) => `Ese código no es correcto. ${attemptsLeft(left)}`,
      startAgain: 'Empezar de nuevo',
    },
    profile: {
      heading: 'Perfil',
      description: 'Cómo te ve tu equipo.',
      picture: 'Foto de perfil',
      pictureAlt: (name) => `Foto de perfil de ${name}`,
      noPicture: 'Sin foto de perfil',
      choosePicture: 'Subir foto',
      changePicture: 'Cambiar foto',
      removePicture: 'Quitar',
      pictureHint: (maxMb) => `PNG, JPEG, WebP o GIF, hasta ${megabytes(maxMb)}.`,
      cropHeading: 'Recorta tu foto',
      cropHelp:
        'Arrastra para moverla; usa el control deslizante o las flechas del teclado para acercarla y moverla.',
      cropArea: 'Área de recorte de la foto',
      zoom: 'Zoom',
      usePicture: 'Usar esta foto',
      pictureSaved: 'Foto de perfil actualizada.',
      pictureRemoved: 'Foto de perfil eliminada.',
      fileEmpty: 'Ese archivo está vacío.',
      fileTooLarge: (maxMb) => `Ese archivo ocupa más de ${megabytes(maxMb)}. Elige uno más pequeño.`,
      fileNotImage: 'Ese archivo no es una imagen PNG, JPEG, WebP ni GIF.',
      fileUnreadable: 'No se ha podido leer esa imagen.',
      pictureTooLarge: (maxSide) =>
        count(maxSide, {
          one: 'Esa foto mide más de # píxel de ancho o de alto. Elige una más pequeña.',
          other: 'Esa foto mide más de # píxeles de ancho o de alto. Elige una más pequeña.',
        }),
      name: 'Nombre',
      username: 'Nombre de usuario',
      usernameHint: 'Letras minúsculas, números, puntos, guiones y guiones bajos; empieza por una letra.',
      usernameChecking: 'Comprobando…',
      usernameAvailable: 'Disponible.',
      usernameCurrent: 'Este es tu nombre de usuario.',
      usernameChecksPaused: (when) =>
        `Se han comprobado demasiados nombres: la disponibilidad se vuelve a comprobar ${when}. Puedes guardar igualmente.`,
      saved: 'Perfil guardado.',
      roleAdmin: 'Administrador',
      roleMember: 'Miembro',
    },
    phone: {
      heading: 'Móvil personal',
      description:
        'El número al que te enviamos los códigos de seguridad por SMS. Un número nuevo se comprueba con un código antes de usarlo.',
      current: 'Número de móvil',
      none: 'Aún no hay ningún número de móvil',
      change: 'Cambiar número',
      add: 'Añadir número',
      country: 'País o región',
      noCountry: 'Elige un país',
      countryOption: (name, callingCode) => `${name} (+${callingCode})`,
      number: 'Nuevo número de móvil',
      numberHint: 'Como lo marcarías en ese país, o empezando por + y el prefijo del país.',
      sendCode: 'Enviar código',
      sending: 'Enviando…',
      verify: 'Verificar',
      verifying: 'Comprobando…',
      codeIncomplete: 'Escribe el código completo del SMS.',
      codeSentAgain: 'Te hemos enviado un código nuevo.',
      verified: 'Se ha cambiado tu número de móvil.',
    },
    deleteAccount: {
      heading: 'Eliminar cuenta',
      description: 'Cierra la cuenta y todo lo que contiene, para todos sus miembros.',
      consequences:
        'Al eliminar la cuenta se borran sus números, el historial de llamadas y mensajes, los mensajes de voz, los contactos, los grupos y las claves de API, para todos los miembros. No se puede deshacer.',
      delete: 'Eliminar cuenta…',
      adminOnly:
        'Solo un administrador puede eliminar la cuenta. Si hay que cerrarla, pídeselo a un administrador de tu cuenta.',
      confirmHeading: '¿Eliminar esta cuenta?',
      confirmIntro:
        'No se puede deshacer. La clave de API deja de funcionar y todos los miembros pierden el acceso al instante.',
      typeUsername: (username) => `Escribe ${username} para confirmar`,
      typeHint: 'El nombre de usuario, tal como aparece.',
      confirm: 'Eliminar cuenta',
      deleting: 'Eliminando…',
      deleted: 'Se ha eliminado la cuenta.',
    },
    email: {
      heading: 'Correo electrónico',
      description: 'La dirección a la que te escribimos y los avisos que te enviamos por correo.',
      address: 'Dirección de correo',
      change: 'Cambiar correo',
      newAddress: 'Nueva dirección de correo',
      newAddressHint:
        'Te enviaremos un enlace a esa dirección. La actual se sigue usando hasta que abras el enlace.',
      sendLink: 'Enviar enlace',
      sending: 'Enviando…',
      sameAsCurrent: 'Esa ya es tu dirección de correo.',
      pendingHeading: 'Pendiente de tu confirmación',
      linkSent: (address) => `Hemos enviado un enlace a ${address}. Ábrelo para cambiar a esa dirección.`,
      stillPrimary: (current) => `Mientras tanto, ${current} sigue siendo tu dirección de correo.`,
      resend: 'Reenviar el enlace',
      resendIn: (seconds) => `Reenviar el enlace en ${n(seconds)}\u00a0s`,
      cancelChange: 'Cancelar el cambio',
      linkSentStatus: 'Enlace enviado. Revisa tu bandeja de entrada.',
      linkResent: 'Nuevo enlace enviado. Solo funciona el más reciente.',
      changeCancelled: (current) =>
        `Se ha cancelado el cambio. Tu dirección de correo sigue siendo ${current}.`,
      changed: (address) => `Tu dirección de correo ahora es ${address}.`,
      notificationsHeading: 'Notificaciones por correo',
      notifyAll: 'Avisarme de las llamadas por correo',
      notifyAllHint: 'Se envían a tu dirección de correo.',
      missedCalls: 'Llamadas perdidas',
      voicemails: 'Mensajes de voz',
      notificationsSaved: 'Notificaciones por correo guardadas.',
      notificationsConflict:
        'Esta configuración se ha cambiado en otro lugar. Se muestra la más reciente; vuelve a intentarlo.',
    },
    password: {
      heading: 'Contraseña',
      description: 'Cámbiala con tu contraseña actual o restablécela con un código que te enviamos por SMS.',
      change: 'Cambiar contraseña',
      reset: 'Restablecer contraseña',
      resetNote: '¿La has olvidado? Para restablecerla, te enviamos un código por SMS al móvil de tu cuenta.',
      sending: 'Enviando un código…',
      noPhone:
        'Para restablecerla te enviamos un código por SMS al móvil, y tu cuenta aún no tiene ningún número de móvil.',
      addPhone: 'Añadir un número de móvil',
      changeUnsupported:
        'Aquí no se puede cambiar la contraseña con la actual. Restablécela con un código que te enviamos por SMS.',
      username: 'Nombre de usuario',
      current: 'Contraseña actual',
      new: 'Nueva contraseña',
      show: 'Mostrar contraseña',
      rules: (min, max) =>
        `De ${n(min)} a ${n(max)} caracteres; cuentan los espacios, los emojis y cualquier alfabeto. No hacen falta números ni símbolos, pero no puede ser una contraseña común, tu nombre de usuario ni la contraseña actual.`,
      strength: {
        weak: 'Seguridad: baja. Se adivinaría enseguida.',
        fair: 'Seguridad: media. Cuanto más larga, más segura: unas cuantas palabras sin relación funcionan bien.',
        good: 'Seguridad: buena.',
        strong: 'Seguridad: alta.',
      },
      wrongPassword: (left) =>
        left === 0
          ? 'Esa contraseña no es correcta. No te quedan intentos: espera un rato antes de volver a intentarlo.'
          : `Esa contraseña no es correcta. ${attemptsLeft(left)}`,
      sameAsCurrent: 'Esa es tu contraseña actual. Elige una nueva.',
      forgot: '¿Has olvidado tu contraseña?',
      codeIncomplete: 'Escribe el código completo del SMS.',
      codeSentAgain: 'Te hemos enviado un código nuevo.',
      save: 'Guardar contraseña',
      changed: 'Se ha cambiado tu contraseña.',
      resetDone: 'Se ha restablecido tu contraseña.',
    },
    apiKey: {
      heading: 'Clave de API',
      description:
        'Con ella, tu propio software inicia sesión en la API. Guárdala en secreto, como una contraseña.',
      key: 'Tu clave',
      dates: (created, lastUsed) =>
        lastUsed === null
          ? `Creada el ${created}, nunca usada`
          : `Creada el ${created}, último uso ${lastUsed}`,
      reveal: 'Mostrar',
      revealing: 'Mostrando…',
      hide: 'Ocultar',
      hidesIn: (seconds) => `Se oculta en ${n(seconds)}\u00a0s`,
      hiddenAgain: 'La clave vuelve a estar oculta.',
      copy: 'Copiar',
      copying: 'Copiando…',
      copied: 'Copiada',
      copyFailed: 'No se ha podido copiar la clave. Muéstrala y cópiala a mano.',
      regenerate: 'Regenerar…',
      confirmHeading: '¿Regenerar la clave de API?',
      confirmIntro:
        'La clave actual deja de funcionar al instante: todo lo que la use será rechazado hasta que le des la nueva.',
      confirm: 'Regenerar clave',
      regenerating: 'Regenerando…',
      newKeyHeading: 'Tu nueva clave de API',
      newKeyNote: 'Cópiala ahora y dásela a todo lo que usaba la clave anterior.',
      shownOnce: 'Solo se muestra completa esta vez: cópiala ahora y guárdala en un lugar seguro.',
      done: 'Listo',
      regenerated: 'Se ha creado una nueva clave de API. La anterior ya no funciona.',
      revealUnsupported:
        'Este servidor solo muestra una clave completa al crearla. Para tener una clave que puedas copiar, regénerala.',
      memberNote:
        'Solo un administrador puede mostrar o sustituir la clave de API. Si la necesitas, pídesela a un administrador de tu cuenta.',
    },
    devices: {
      heading: 'Dónde has iniciado sesión',
      description:
        'Los dispositivos y navegadores con tu cuenta abierta. Cierra la sesión de cualquiera que no reconozcas.',
      navLabel: 'Dispositivos conectados',
      kinds: { desktop: 'Ordenador', mobile: 'Teléfono', tablet: 'Tableta', other: 'Dispositivo' },
      device: (kind, os) => (os === null ? kind : `${kind}, ${os}`),
      unknownBrowser: 'Navegador desconocido',
      place: (city, country) => `${city}, ${country}`,
      thisDevice: 'Este dispositivo',
      activeNow: 'Activo ahora',
      lastActive: (when) => `Última actividad ${when}`,
      signOut: 'Cerrar sesión',
      signingOut: 'Cerrando sesión…',
      signOutOthers: 'Cerrar las demás sesiones',
      confirmHeading: (device) => `¿Cerrar la sesión de ${device}?`,
      confirmIntro:
        'Quien use ese dispositivo tendrá que volver a iniciar sesión, con tu contraseña, para entrar.',
      confirmOthersHeading: '¿Cerrar sesión en los demás dispositivos?',
      confirmOthersIntro:
        'Todos los dispositivos menos este tendrán que volver a iniciar sesión, con tu contraseña, para entrar.',
      confirmOthers: 'Cerrar sesiones',
      signedOut: (device) => `Se cerró la sesión de ${device}.`,
      signedOutOthers: (value) =>
        count(value, {
          one: 'Se cerró la sesión en # dispositivo más.',
          other: 'Se cerró la sesión en # dispositivos más.',
        }),
      onlyThisDevice: 'Solo este dispositivo tiene la sesión iniciada.',
    },
    passkeys: {
      heading: 'Llaves de acceso',
      description:
        'Inicia sesión con tu huella, tu cara o el PIN de tu dispositivo en lugar de una contraseña. Una llave de acceso no se puede adivinar, y un sitio falso no puede usarla.',
      listLabel: 'Tus llaves de acceso',
      none: 'Aún no tienes llaves de acceso. Añade una para iniciar sesión sin escribir tu contraseña.',
      synced: 'Sincronizada entre tus dispositivos',
      deviceBound: 'Solo en el dispositivo o la llave que la creó',
      dates: (added, lastUsed) =>
        lastUsed === null
          ? `Añadida el ${added}, nunca usada`
          : `Añadida el ${added}, usada por última vez ${lastUsed}`,
      add: 'Añadir una llave de acceso',
      adding: 'Esperando a tu dispositivo…',
      added: (name) => `Llave de acceso añadida: ${name}.`,
      browserCannot:
        'Este navegador no puede crear llaves de acceso. Aún puedes cambiar el nombre de las que tienes o quitarlas.',
      ceremony: {
        cancelled: 'No se ha añadido ninguna llave de acceso: la solicitud se canceló o tardó demasiado.',
        exists: 'Este dispositivo ya tiene una llave de acceso de tu cuenta.',
        failed:
          'Tu dispositivo no ha podido crear una llave de acceso. Inténtalo de nuevo o usa otro dispositivo.',
      },
      duplicate: 'Esta llave de acceso ya está en tu cuenta.',
      invalid: 'No se ha podido comprobar la llave de acceso, así que no se ha añadido. Inténtalo de nuevo.',
      rename: 'Cambiar nombre',
      nameLabel: (current) => `Nuevo nombre para ${current}`,
      renamed: (name) => `La llave de acceso ahora se llama ${name}.`,
      remove: 'Quitar…',
      removeHeading: (name) => `¿Quitar ${name}?`,
      removeWarning:
        'Ya no podrás iniciar sesión con ella. Bórrala también de tu dispositivo o de tu gestor de contraseñas.',
      confirmRemove: 'Quitar llave de acceso',
      removing: 'Quitando…',
      removed: (name) => `Se ha quitado ${name}.`,
    },
    twoStep: {
      heading: 'Verificación en dos pasos',
      description: 'Un segundo paso al iniciar sesión, para que una contraseña robada no baste para entrar.',
      on: 'Activada',
      off: 'Desactivada',
      offNote: 'Para iniciar sesión solo se pide tu contraseña.',
      onNote: 'Para iniciar sesión se piden tu contraseña y un código.',
      app: 'App de autenticación',
      appNote:
        'Una app como Google Authenticator, Microsoft Authenticator o 1Password muestra un código nuevo de 6 cifras cada 30 segundos. Lo escribes después de tu contraseña.',
      appUnsupported: 'Este servidor no admite apps de autenticación.',
      setUp: 'Configurar app de autenticación',
      starting: 'Preparando…',
      appOnSince: (date) => `Activada desde el ${date}.`,
      turnOff: 'Desactivar…',
      turnOffHeading: '¿Desactivar la app de autenticación?',
      turnOffLast:
        'La verificación en dos pasos se desactiva con ella y tus códigos de respaldo dejan de funcionar: bastará tu contraseña para iniciar sesión.',
      turnOffOther: 'Los códigos de la app dejarán de pedirse y de aceptarse.',
      confirmTurnOff: 'Desactivar',
      turningOff: 'Desactivando…',
      turnedOff: 'Se ha desactivado la app de autenticación.',
      setupHeading: 'Configura tu app de autenticación',
      scan: '1. Escanea este código QR con tu app de autenticación.',
      qrLabel: 'Código QR para tu app de autenticación',
      cannotScan: '¿No puedes escanearlo? Escribe esta clave de configuración en la app:',
      copyKey: 'Copiar clave',
      keyCopied: 'Se ha copiado la clave de configuración.',
      copyFailed: 'No se ha podido copiar. Selecciónalo y cópialo a mano.',
      enterCode: '2. Escribe el código que muestra la app, para comprobar que funciona.',
      code: 'Código de la app',
      codeIncomplete: (digits) => `Escribe las ${n(digits)} cifras que muestra la app.`,
      wrongCode:
        'Ese código no es correcto. Escribe el código más reciente de la app; si sigue fallando, comprueba que tu teléfono ajusta la hora automáticamente.',
      setupExpired: 'Esta configuración ha caducado. Empieza de nuevo para obtener otra clave.',
      startAgain: 'Empezar de nuevo',
      confirm: 'Activar',
      confirming: 'Comprobando…',
      turnedOn: 'La app de autenticación está activada. Te pediremos un código de ella al iniciar sesión.',
      sms: 'Códigos por SMS',
      smsNote: (to) => `Códigos enviados a ${to} al iniciar sesión.`,
      smsNoPhone: 'Añade un número de móvil a tu cuenta para recibir códigos por SMS.',
      smsOnSince: (to, date) => `Los códigos van a ${to}. Activados desde el ${date}.`,
      smsTurnOn: 'Activar códigos por SMS',
      smsTurnOff: 'Desactivar códigos por SMS',
      smsTurnedOn: 'Los códigos por SMS están activados.',
      smsTurnedOff: 'Los códigos por SMS están desactivados.',
      backupCodes: 'Códigos de respaldo',
      backupNote: 'Para cuando no tengas tu teléfono: cada código sirve para iniciar sesión una vez.',
      remaining: (value) =>
        count(value, {
          one: 'Queda # código de respaldo sin usar.',
          other: 'Quedan # códigos de respaldo sin usar.',
        }),
      newCodes: 'Nuevos códigos de respaldo',
      makingCodes: 'Creando códigos…',
      codesHeading: 'Tus códigos de respaldo',
      shownOnce:
        'Solo se muestran esta vez. Guárdalos ahora en un lugar seguro, como tu gestor de contraseñas: cada código sirve una vez.',
      oldCodesGone: 'Tus códigos de respaldo anteriores ya no funcionan.',
      copyCodes: 'Copiar',
      codesCopied: 'Se han copiado los códigos de respaldo.',
      download: 'Descargar',
      fileName: 'codigos-de-respaldo.txt',
      fileHeading: (date) => `Códigos de respaldo de la verificación en dos pasos, creados el ${date}`,
      fileNote: 'Cada código sirve una vez. Al crear códigos nuevos, estos dejan de funcionar.',
      saved: 'Ya los he guardado',
      codesMade: 'Se han creado nuevos códigos de respaldo. Los anteriores ya no funcionan.',
    },
    plan: {
      heading: 'Plan y uso',
      description: 'Tu plan, el ciclo de facturación actual y cuánto llevas usado.',
      planLabel: 'Plan',
      cycle: (start, end) => `Este ciclo empezó el ${start} y se renueva el ${end}.`,
      usageLabel: 'Uso en este ciclo',
      kinds: {
        minutes: 'Minutos',
        messages: 'Mensajes',
        groups: 'Grupos',
        apiRequests: 'Solicitudes de API',
      },
      usedOf: (kind, used, limit) => `${n(used)} de ${usage(kind, limit)}`,
      usedUnlimited: (kind, used) => `${usage(kind, used)}, sin límite`,
      withinLimit: 'Dentro del límite.',
      nearLimit: 'Cerca del límite.',
      limitReached: 'Límite alcanzado.',
      // «aproximadamente» rather than «unos/unas»: the unit's gender is not known here.
      projection: (kind, about, date) =>
        `A este ritmo: aproximadamente ${usage(kind, about)} para el ${date}.`,
      runsOut: (date) => `A este ritmo, se agotará hacia el ${date}.`,
      upgrade: 'Mejorar plan',
      salesChat: 'Chatear con ventas',
      salesUnreachable:
        'No se puede abrir el chat de ventas desde aquí. Para hablar con ventas, pregunta a un administrador de tu cuenta o usa los datos de contacto de nuestro sitio web.',
      upgradeHeading: 'Cambiar de plan',
      upgradeIntro: 'Compara los planes: qué incluye cada uno por ciclo y cuánto cuesta.',
      plansLabel: 'Planes',
      current: 'Plan actual',
      price: (amount, interval) => (interval === 'month' ? `${amount} al mes` : `${amount} al año`),
      customPrice: 'Precio a consultar',
      limit: (kind, amount) => usage(kind, amount),
      unlimited: (kind) => `Sin límite de ${USAGE_UNITS[kind].plural}`,
      choose: (name) => `Elegir ${name}`,
      opening: 'Abriendo la página de pago…',
      redirecting: 'Te estamos llevando a la página de pago…',
      salesOnly: 'Lo vende nuestro equipo de ventas.',
      talkToSales: (name) => `Hablar con ventas sobre ${name}`,
      askAdmin: (name) => `Pide a un administrador de tu cuenta que cambie a ${name}.`,
      adminOnly: 'Solo un administrador puede cambiar el plan. Pídeselo a un administrador de tu cuenta.',
      checkoutUnsafe:
        'No se ha podido abrir la página de pago de forma segura. Vuelve a intentarlo más tarde o contacta con el servicio de asistencia.',
    },
    menu: {
      button: 'Configuración',
      buttonFor: (name) => `Configuración de ${name}`,
      mySettings: 'Mi configuración',
    },
    settingsSection: {
      saved: 'Se ha guardado tu configuración.',
      noSource:
        'No hay nada que mostrar: asigna a esta sección un recurso o sus funciones de carga y guardado.',
      switchSaved: (label, on) => (on ? `${label}: activado.` : `${label}: desactivado.`),
      switchConflict:
        'Se ha cambiado en otro lugar. Ahora se muestra la configuración más reciente: vuelve a pulsar el interruptor si aún quieres cambiarlo.',
      switchNeedsFields: (label) =>
        `«${label}» necesita más datos para activarse: completa los campos marcados y pulsa «Guardar».`,
      unsaved: 'Sin guardar',
      outOfRange: (min, max) => `Escribe un número entero del ${n(min)} al ${n(max)}.`,
      fieldErrors: {
        // Said of any list a section has, whatever the gender of what it holds.
        too_many: (max) => (max === undefined ? 'Se ha superado el máximo.' : `Usa como máximo ${n(max)}.`),
        too_long_duration: (seconds) =>
          seconds === undefined
            ? 'La grabación es demasiado larga.'
            : seconds % 60 === 0
              ? count(seconds / 60, {
                  one: 'Usa una grabación de # minuto como máximo.',
                  other: 'Usa una grabación de # minutos como máximo.',
                })
              : count(seconds, {
                  one: 'Usa una grabación de # segundo como máximo.',
                  other: 'Usa una grabación de # segundos como máximo.',
                }),
        invalid_keyword: 'Usa una sola palabra: letras y números, sin espacios ni signos.',
        keyword_standard: 'Esa palabra clave siempre funciona: no hace falta añadirla.',
        duplicate: 'Ya está en la lista.',
        invalid_time_zone: 'Elige una zona horaria de la lista.',
      },
      audio: {
        none: 'Aún no hay ninguna grabación.',
        player: 'Tu grabación',
        upload: 'Subir una grabación',
        replace: 'Sustituir grabación',
        remove: 'Quitar grabación',
        uploading: 'Subiendo…',
        removing: 'Quitando…',
        hint: (size, minutes) =>
          `MP3, WAV, OGG o M4A, hasta ${megabytes(size)} y ${count(minutes, { one: '# minuto', other: '# minutos' })}.`,
        uploaded: 'Se ha guardado la grabación y a partir de ahora es la que se reproduce.',
        removed: 'Se ha quitado la grabación.',
        required: 'Sube primero una grabación o elige el saludo de texto.',
        fileEmpty: 'Ese archivo está vacío.',
        fileTooLarge: (size) =>
          `Ese archivo ocupa más de ${megabytes(size)}. Elige una grabación más corta o que ocupe menos.`,
        fileNotAudio: 'Ese archivo no es una grabación. Usa un archivo MP3, WAV, OGG o M4A.',
      },
      keywords: {
        standard: 'Siempre activas',
        standardNote: 'Estas funcionan siempre, añadas lo que añadas:',
        custom: 'Tus palabras clave',
        none: 'Aún no tienes palabras clave propias.',
        newKeyword: 'Nueva palabra clave',
        add: 'Añadir',
        remove: (keyword) => `Quitar ${keyword}`,
        problem: (keyword, problem) => `${keyword}: ${problem}`,
      },
      hours: {
        day: 'Día',
        opens: 'Abre',
        closes: 'Cierra',
        opensOn: (day) => `${day}: abre`,
        closesOn: (day) => `${day}: cierra`,
        closed: 'Cerrado',
        overnight: 'Hasta el día siguiente',
      },
      neverEnds: 'Hasta que lo desactives',
    },
    voice: {
      heading: 'Llamadas',
      description:
        'Cómo responde tu línea de empresa: desvío, buzón de voz, identificador de llamada, horario comercial y No molestar.',
      saved: 'Se ha guardado tu configuración de llamadas.',
      forwardingGroup: 'Desvío',
      forwarding: 'Desviar llamadas',
      forwardingHint: 'Hace sonar otro teléfono cuando entra una llamada.',
      forwardingNumber: 'Desviar a',
      forwardingNumberHint: 'Con el prefijo del país, por ejemplo +34 612 34 56 78.',
      voicemailGroup: 'Buzón de voz',
      voicemail: 'Responder con el buzón de voz',
      voicemailHint: 'Quien llama puede dejar un mensaje si nadie contesta.',
      ringSeconds: 'Sonar durante (segundos)',
      ringSecondsHint: (min, max) =>
        `Cuánto suena una llamada antes de que conteste el buzón de voz: de ${n(min)} a ${n(max)} segundos.`,
      greetingMode: 'Saludo',
      greetingModes: { text: 'Leer mi texto en voz alta', audio: 'Reproducir mi grabación' },
      greetingText: 'Texto del saludo',
      greetingTextHint: 'Se lee en voz alta a quien llama antes de la señal.',
      greetingAudio: 'Grabación',
      callerIdGroup: 'Identificador de llamada',
      callerId: 'Mostrar como',
      callerIdHint: 'Lo que ven las personas a las que llamas.',
      callerIdModes: {
        business: 'Número de empresa',
        personal: 'Mi número de móvil',
        private: 'Número oculto',
      },
      hoursGroup: 'Horario comercial',
      hours: 'Usar horario comercial',
      hoursHint: 'Fuera de este horario, las llamadas van al buzón de voz.',
      timezone: 'Zona horaria',
      days: 'Días y horas de apertura',
      daysHint: 'Si la hora de cierre es anterior a la de apertura, el horario sigue pasada la medianoche.',
      doNotDisturb: 'No molestar',
      doNotDisturbHint: 'Las llamadas van directamente al buzón de voz.',
      until: 'Hasta',
      untilHint: 'Déjalo vacío para que siga activo hasta que lo desactives.',
    },
    messages: {
      heading: 'Mensajes de texto',
      description:
        'Tu firma, las respuestas automáticas, los SMS reenviados al correo y las palabras clave de baja.',
      saved: 'Se ha guardado tu configuración de mensajes.',
      signature: 'Firma',
      signatureHint: 'Se añade al final de cada SMS que envías.',
      autoReplyGroup: 'Respuesta automática',
      autoReply: 'Responder automáticamente',
      autoReplyHint: 'Contesta con un mensaje a cada SMS que recibas.',
      autoReplyText: 'Texto de la respuesta automática',
      forwardGroup: 'Reenvío al correo',
      forwardToEmail: 'Reenviar los SMS al correo',
      forwardToEmailHint: 'Recibe una copia de cada SMS que te llegue.',
      forwardEmail: 'Dirección de correo',
      optOut: 'Palabras clave de baja',
      optOutHint: (max) =>
        `Si alguien te envía un SMS que sea solo una de estas palabras, dejas de enviarle mensajes. ${count(max, { one: 'Añade hasta # propia.', other: 'Añade hasta # propias.' })}`,
    },
    settings: {
      heading: 'Mi configuración',
      security: 'Seguridad',
      navigation: 'Secciones de la configuración',
      sections: 'Secciones',
      sectionsMenu: (current) => `Ir a: ${current}`,
      sectionUnavailable:
        'No se pudo descargar esta sección. Comprueba tu conexión: se cargará sola cuando vuelvas a estar en línea.',
    },
  };
}

/** Spanish with numbers as `es` writes them, for `registerLocale('es-ES', es)` and the like. */
export const es: Catalog = spanish('es');
