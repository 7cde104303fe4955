import { editDistance } from '../../src/talent/text/edit-distance';
import { isQueryNoise, isStopWord, languageHint, termKey } from '../../src/talent/text/language';
import { cleanText, fold, plainText, words } from '../../src/talent/text/normalise';

describe('words', () => {
  it.each([
    ['FTTH-netwerken', [{ whole: 'ftth-netwerken', parts: ['ftth', 'netwerken'] }]],
    [
      'CI/CD pipelines',
      [
        { whole: 'ci/cd', parts: ['ci', 'cd'] },
        { whole: 'pipelines', parts: ['pipelines'] },
      ],
    ],
    ['Node.js', [{ whole: 'node.js', parts: ['node', 'js'] }]],
    [
      'Één Ĳssel-project',
      [
        { whole: 'een', parts: ['een'] },
        { whole: 'ijssel-project', parts: ['ijssel', 'project'] },
      ],
    ],
    ["collega's", [{ whole: 'collegas', parts: ['collegas'] }]],
    [
      '5G en 4G/LTE',
      [
        { whole: '5g', parts: ['5g'] },
        { whole: 'en', parts: ['en'] },
        { whole: '4g/lte', parts: ['4g', 'lte'] },
      ],
    ],
  ])('splits %j into words and compound parts', (text, expected) => {
    expect(words(text).map(({ whole, parts }) => ({ whole, parts }))).toEqual(expected);
  });

  it.each([
    ['C# en C++', ['csharp', 'en', 'cplusplus']],
    ['.NET developer', ['dotnet', 'developer']],
    ['ASP.NET', ['aspnet']],
  ])('keeps names whose punctuation matters: %j', (text, expected) => {
    expect(words(text).map((word) => word.whole)).toEqual(expected);
  });

  it('remembers how a word was written, for names that only count in capitals', () => {
    expect(words('RAN and SAFe').map((word) => word.original)).toEqual(['RAN', 'and', 'SAFe']);
  });

  it('finds no words in punctuation, markup-like text or nothing at all', () => {
    expect(words('')).toEqual([]);
    expect(words(' -- // ... ')).toEqual([]);
    expect(words('<script>alert(1)</script>').map((word) => word.whole)).toEqual([
      'script',
      'alert',
      '1',
      'script',
    ]);
  });
});

describe('fold', () => {
  it.each([
    ['Financiën', 'financien'],
    ['Ĳsselmeer', 'ijsselmeer'],
    ['Straße', 'strasse'],
    ['ØRSTED', 'orsted'],
    ['Türkçe', 'turkce'],
  ])('%s → %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('cleanText', () => {
  it.each([
    ['  glasvezel  ', 'glasvezel'],
    ['glas\u0000vezel', 'glas vezel'],
    ['k8s\u200b\u202e', 'k8s'],
    ['line\nbreak\tand   spaces', 'line break and spaces'],
    ['plain', 'plain'],
  ])('%j → %j', (text, clean) => {
    expect(cleanText(text)).toBe(clean);
  });
});

describe('plainText', () => {
  it('turns rich-text aboutMe into text', () => {
    expect(plainText('<p>Ik werk met <b>glasvezel</b> &amp; 5G&nbsp;netwerken &#8211; al jaren</p>')).toBe(
      ' Ik werk met  glasvezel  & 5G netwerken – al jaren ',
    );
  });
});

describe('stop words and query noise', () => {
  it.each(['de', 'het', 'van', 'the', 'about', 'of'])('%s is a stop word', (word) => {
    expect(isStopWord(word)).toBe(true);
  });

  it.each(['wie', 'weet', 'iemand', 'who', 'knows', 'expert'])('%s is noise in a query', (word) => {
    expect(isQueryNoise(word)).toBe(true);
  });

  it.each(['glasvezel', 'fiber', 'sales', 'kubernetes'])('%s carries meaning', (word) => {
    expect(isStopWord(word)).toBe(false);
    expect(isQueryNoise(word)).toBe(false);
  });

  it('leans Dutch or English on words only one language uses', () => {
    expect(languageHint('wie')).toBe(1);
    expect(languageHint('who')).toBe(-1);
    expect(languageHint('glasvezel')).toBe(0);
  });
});

describe('termKey (Dutch, then English stemming)', () => {
  it.each([
    ['netwerken', 'netwerk'],
    ['networks', 'networking'],
    ['projecten', 'projects'],
    ['testen', 'testing'],
  ])('%s and %s meet', (a, b) => {
    expect(termKey(a)).toBe(termKey(b));
  });

  it.each(['5g', 'b2b', 'ran', 'it'])('keeps short words and words with digits as they are: %s', (word) => {
    expect(termKey(word)).toBe(word);
  });
});

describe('editDistance', () => {
  it.each([
    ['kubernets', 'kubernetes', 1],
    ['glasvzel', 'glasvezel', 1],
    ['kuberentes', 'kubernetes', 1],
    ['fiber', 'fibre', 1],
    ['sales', 'sales', 0],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 2)).toBe(distance);
  });

  it('gives up above the limit', () => {
    expect(editDistance('kubernetes', 'terraform', 2)).toBe(3);
  });
});
