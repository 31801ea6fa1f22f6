import type { CleanLanguageData } from './types.js';

/** English cleaning data. */
export const eng: CleanLanguageData = {
  code: 'eng',
  stopwords: (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours out over own same she should so some such than that the their theirs them themselves then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom why will with would ' +
    'you your yours also said says may might must shall upon whether though although since however'
  ).split(' '),
  abbreviations: 'mr mrs ms dr prof st jr sr inc ltd co corp vs etc e g i no nos fig approx dept est jan feb mar apr jun jul aug sep sept oct nov dec u s k gov gen sen rep'.split(' '),
  months: 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
  weekdays: 'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun'.split(' '),
  dateWords: 'on at published updated posted last modified date am pm gmt utc ago minutes hours days read min'.split(' '),
  bylineStarts: ['by', 'author', 'written by', 'posted by', 'words by'],
  authorBoxStarts: ['about', 'about the author', 'more about'],
  bylineWords: ['staff', 'newsroom', 'editorial', 'editors', 'desk'],
  bioWords: ['journalist', 'reporter', 'editor', 'correspondent', 'writer', 'writes', 'covers', 'author', 'columnist'],
  creditWords: ['photo', 'photos', 'image', 'picture', 'credit', 'video', 'illustration', 'copyright'],
  breadcrumbStarts: ['home', 'homepage', 'you are here'],
  openingQuotes: '“‘',
  closingQuotes: '”’',
  articleEndReasons: ['share-prompt', 'follow-prompt', 'comments', 'related-link', 'archive-label', 'author-bio'],
  cues: {
    'related-link': {
      exact: ['related', 'related articles', 'related posts', 'related stories', 'related content', 'read more', 'more',
        'see also', 'more stories', 'more news', 'recommended', 'recommended for you', 'you may also like', 'you might also like',
        'most read', 'most popular', 'popular posts', 'recent posts', 'latest news', 'latest', 'trending', 'previous post',
        'next post', 'previous article', 'next article', 'next', 'previous', 'back', 'more from', 'read next', 'top stories'],
      prefix: ['read more', 'related', 'see also', 'more on this', 'read also', 'also read', 'you may also like', 'you might also like',
        'more from', 'previous post', 'next post', 'recommended'],
    },
    advertisement: {
      exact: ['advertisement', 'advertisment', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'promoted content',
        'advertise with us', 'paid content', 'story continues below advertisement'],
      prefix: ['advertisement', 'sponsored by', 'story continues below'],
    },
    'share-prompt': {
      exact: ['share', 'share this', 'share this article', 'share on facebook', 'share on twitter', 'tweet', 'email', 'print',
        'copy link', 'facebook', 'twitter', 'instagram', 'youtube', 'linkedin', 'pinterest', 'whatsapp', 'reddit', 'rss',
        'like this', 'like', 'share this story'],
      prefix: ['share this', 'share on', 'share via'],
      anywhere: ['share this story', 'share this article', 'on social media'],
    },
    'follow-prompt': {
      exact: ['follow us', 'subscribe', 'subscribe now', 'sign up'],
      prefix: ['follow us', 'follow', 'subscribe to', 'sign up for', 'join our'],
    },
    widget: {
      exact: ['search', 'menu', 'skip to content', 'skip to main content', 'toggle navigation', 'log in', 'login', 'sign in',
        'register', 'logout', 'close', 'open', 'cart', 'newsletter', 'listen', 'translate', 'top', 'back to top', 'comment',
        'download'],
      prefix: ['skip to', 'sign up for our newsletter', 'subscribe to our newsletter', 'translate'],
    },
    'cookie-notice': {
      prefix: ['this website uses cookies', 'this site uses cookies', 'we use cookies', 'cookie policy', 'cookies'],
      anywhereLong: ['uses cookies', 'use cookies', 'cookie policy', 'you agree to our', 'to reduce spam'],
      anywhere: ['uses cookies', 'use cookies', 'cookie policy', 'cookie settings'],
    },
    legal: {
      exact: ['privacy', 'privacy policy', 'terms', 'terms of use', 'terms of service', 'terms and conditions', 'imprint', 'contact',
        'contact us', 'about', 'about us', 'copyright', 'all rights reserved', 'legal', 'disclaimer', 'accessibility'],
      prefix: ['copyright', 'all rights reserved', 'powered by', 'proudly powered by', 'designed by', 'theme by'],
      anywhere: ['all rights reserved'],
    },
    comments: {
      exact: ['comments', 'comment', 'reply', 'leave a reply', 'leave a comment', 'post comment', 'cancel reply', 'no comments',
        'recent comments', 'join the discussion', 'report'],
      prefix: ['leave a reply', 'leave a comment', 'your email address will not', 'required fields are marked', 'comments',
        'you must be logged in', 'notify me of'],
    },
    'archive-label': {
      exact: ['filed under', 'tags', 'tagged', 'categories', 'category', 'topics', 'posted in', 'archives', 'archive'],
      prefix: ['filed under', 'tags', 'tagged', 'categories', 'posted in', 'topics'],
    },
    'source-label': {
      exact: ['source', 'sources', 'source link', 'original source'],
    },
    byline: { exact: ['by', 'author', 'authors'] },
    caption: { prefix: ['photo credit', 'image credit', 'picture credit'] },
    breadcrumb: { prefix: ['you are here'] },
  },
};
