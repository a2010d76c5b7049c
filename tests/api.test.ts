import { describe, expect, it } from 'vitest';
import * as model from '@amend/model';
import * as document from '@amend/document';
import * as decision from '@amend/decision';
import * as engine from '@amend/engine';
import * as render from '@amend/render';
import * as pipeline from '@amend/pipeline';
import * as cite from '@amend/cite';
import * as cli from '@amend/cli';
import * as store from '@amend/store';
import * as preview from '@amend/preview';
import * as word from '@amend/word';

/**
 * Each package's public API, pinned: a new export is a decision to review
 * (docs, tests, the README diagram), not something that slips in.
 */
const pinned: [string, object, string[]][] = [
  [
    '@amend/model',
    model,
    [
      'ANY_NUMERAL',
      'ARTICLE_LABEL',
      'CITATION_WORDS',
      'citationWord',
      'CN_NUMERAL',
      'CN_NUMERAL_CHARS',
      'HEADING_LABEL',
      'LineIndex',
      'NUMERAL_CHARS',
      'datesIn',
      'effectiveClause',
      'isDateLine',
      'isoDate',
      'readLabel',
      'readNoteDates',
      'replyParts',
      'pointedReplyParts',
      'addressLabel',
      'articleLabel',
      'articleSegment',
      'assertNever',
      'compareArticleNumbers',
      'diagnostic',
      'expectedText',
      'fromChinese',
      'hasErrors',
      'headingNumber',
      'idLabel',
      'isSpace',
      'joinId',
      'lastAtMost',
      'messageText',
      'messages',
      'oneLine',
      'paragraphPoint',
      'physicalLines',
      'placeLabel',
      'pointAt',
      'sameArticleNumber',
      'severityText',
      'squeezeSpaces',
      'termText',
      'toChinese',
    ],
  ],
  [
    '@amend/document',
    document,
    ['assignIds', 'decode', 'metaFromLines', 'parseDocument', 'parseFragment', 'parseRule', 'serialize', 'splitGazette', 'walk'],
  ],
  ['@amend/decision', decision, ['ReadMemo', 'decisionToJson', 'describeOperation', 'parseDecision']],
  [
    '@amend/engine',
    engine,
    [
      'applyAmendment',
      'componentText',
      'consolidateCorpus',
      'findAll',
      'findAmendment',
      'findReferences',
      'fold',
      'longerWord',
      'normaliseTitle',
      'scanReferences',
    ],
  ],
  [
    '@amend/render',
    render,
    [
      'FORMATS',
      'articleBody',
      'articleDiff',
      'articlesOf',
      'bigrams',
      'dice',
      'impactHtml',
      'comparisonDocx',
      'comparisonHtml',
      'comparisonIndex',
      'comparisonMd',
      'comparisonPlain',
      'comparisonTable',
      'comparisonTableHtml',
      'comparisonTableMd',
      'comparisonTitle',
      'diffDocuments',
      'redlineHtml',
      'redlineMd',
      'render',
      'renderDocx',
      'tokenize',
      'trackedDocx',
      'unifiedDiff',
      'wordDiff',
    ],
  ],
  [
    '@amend/store',
    store,
    [
      'blame',
      'cleanStaleBuilds',
      'fileStem',
      'inForce',
      'isCalendarDate',
      'isFolderStore',
      'isRepo',
      'processAlive',
      'readFolderStore',
      'record',
      'ruleFile',
      'storeProblem',
      'versionText',
      'versions',
      'writeMigrated',
    ],
  ],
  ['@amend/word', word, ['readDocx', 'readInput']],
  [
    '@amend/cite',
    cite,
    [
      'CAUSE',
      'Corpus',
      'CorpusEntry',
      'LawIndex',
      'adjustCitations',
      'adjustStatements',
      'citationsText',
      'conformDecision',
      'conformDocument',
      'findCitations',
      'impactOf',
      'impactText',
      'mapFromConsolidation',
      'mapFromJson',
      'mapFromVersions',
      'mapText',
      'provisionLabel',
      'sameRule',
      'versionDate',
    ],
  ],
  ['@amend/pipeline', pipeline, ['amend', 'amendCorpus', 'amendParsed', 'decisionInfo', 'escalateUnapplied', 'readDecision']],
  ['@amend/cli', cli, ['EXIT', 'Reporter', 'formatDiagnostic', 'main', 'processIo', 'readSource', 'writeAllAtomic', 'writeAtomic']],
  ['@amend/preview', preview, ['DEFAULT_HOST', 'MAX_BODY', 'createHandler', 'exampleDir', 'pageDir', 'splitPath', 'startPreview']],
];

describe('public APIs', () => {
  it.each(pinned)('%s exports exactly its pinned names', (_, module, names) => {
    expect(Object.keys(module).sort()).toEqual([...names].sort());
  });
});
