import type { CleanLanguageData } from './types.js';

/** Spanish cleaning data. */
export const spa: CleanLanguageData = {
  code: 'spa',
  stopwords: (
    'a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era ' +
    'es esa esas ese eso esos esta estaba estado estas este esto estos están fue fueron ha habia había han hasta hay la las ' +
    'le les lo los más me mi mientras muy nada ni no nos nosotros o otra otras otro otros para pero poco por porque que quien ' +
    'se sea según ser si sido sin sino sobre son su sus también tanto te tiene tienen todo todos tras tu un una uno unos y ya ' +
    'aunque cuyo dijo puede pueden sus será serán está fue ese'
  ).split(' '),
  abbreviations: 'sr sra srta dr dra d dña ud uds etc pág núm art av avda ee uu p ej aprox gral lic ing'.split(' '),
  months: 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene feb mar abr may jun jul ago sep oct nov dic'.split(' '),
  weekdays: 'lunes martes miércoles jueves viernes sábado domingo'.split(' '),
  dateWords: 'de el a las actualizado publicado hace minutos horas días lectura min'.split(' '),
  bylineStarts: ['por', 'autor', 'autora', 'escrito por'],
  authorBoxStarts: ['sobre', 'acerca de', 'más sobre'],
  bylineWords: ['redacción', 'equipo'],
  bioWords: ['periodista', 'periodistas', 'redactor', 'redactora', 'corresponsal', 'escribe', 'autor', 'autora', 'editor'],
  creditWords: ['foto', 'fotos', 'imagen', 'fotografía', 'vídeo', 'video', 'crédito'],
  breadcrumbStarts: ['inicio', 'portada', 'home', 'usted está aquí'],
  openingQuotes: '«“‘',
  closingQuotes: '»”’',
  articleEndReasons: ['share-prompt', 'follow-prompt', 'comments', 'related-link', 'archive-label', 'author-bio'],
  cues: {
    'related-link': {
      exact: ['noticias relacionadas', 'artículos relacionados', 'relacionados', 'te puede interesar', 'le puede interesar',
        'lo más leído', 'más leídas', 'más leído', 'también te puede interesar', 'ver más', 'leer más', 'más noticias',
        'entradas recientes', 'siguiente', 'anterior', 'videos relacionados', 'vídeos relacionados'],
      prefix: ['lee también', 'lea también', 'leer más', 'ver también', 'te puede interesar', 'también te puede interesar',
        'noticias relacionadas', 'más información'],
    },
    advertisement: { exact: ['publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado'] },
    'share-prompt': {
      exact: ['compartir', 'comparte', 'compartir en facebook', 'compartir en twitter', 'facebook', 'twitter', 'whatsapp',
        'instagram', 'youtube', 'telegram', 'imprimir', 'correo', 'enviar'],
      prefix: ['compartir en', 'comparte esta', 'comparte este'],
      anywhere: ['en redes sociales', 'comparte esta noticia'],
    },
    'follow-prompt': { exact: ['síguenos', 'suscríbete'], prefix: ['síguenos', 'siga a', 'sigue a', 'suscríbete'] },
    widget: { exact: ['buscar', 'menú', 'menu', 'cerrar', 'iniciar sesión', 'registrarse', 'boletín', 'newsletter', 'traducir'] },
    'cookie-notice': { prefix: ['este sitio web utiliza cookies', 'utilizamos cookies', 'usamos cookies', 'cookies'], anywhere: ['utiliza cookies', 'política de cookies'] },
    legal: {
      exact: ['aviso legal', 'política de privacidad', 'privacidad', 'contacto', 'términos y condiciones', 'quiénes somos', 'copyright'],
      prefix: ['copyright', 'todos los derechos reservados'],
      anywhere: ['todos los derechos reservados'],
    },
    comments: { exact: ['comentarios', 'comentar', 'responder', 'deja un comentario', 'deja una respuesta'], prefix: ['deja un comentario', 'deja una respuesta', 'tu dirección de correo'] },
    'archive-label': { exact: ['archivado en', 'etiquetas', 'temas', 'categorías', 'categoría'], prefix: ['archivado en', 'etiquetas', 'temas', 'categorías'] },
    'source-label': { exact: ['fuente', 'fuentes'] },
    byline: { exact: ['por', 'autor', 'autora', 'redacción'] },
    caption: { prefix: ['pie de foto'] },
    breadcrumb: { prefix: ['usted está aquí', 'estás aquí'] },
  },
};
