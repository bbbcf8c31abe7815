/**
 * The translations are complete and consistent: every key in every language, placeholders that
 * match, a text for every id in the model's tables (derived from the tables themselves), and
 * headlines for every news item real games produce.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BOT_NAMES, PERSONALITIES } from '../../src/bots/personalities';
import { playBotGame } from '../../src/engine/runner';
import { SIGNAL_TYPES } from '../../src/model/signals';
import { gameMachine } from '../../src/machine/gameMachine';
import { backchannelConditions } from '../../src/model/conditions';
import { EVENTS } from '../../src/model/data/events';
import { MOVES } from '../../src/model/data/moves';
import { DRIFTS, OBJECTIVES } from '../../src/model/data/scenario';
import { DEALS, STAGES } from '../../src/model/data/stages';
import { explainEnding } from '../../src/model/explain';
import { scoreGame, verdictFor } from '../../src/model/score';
import { createInitialState } from '../../src/model/state';
import {
  CABINET_STAGES,
  ENDING_IDS,
  EXERCISE_STATUSES,
  INDICATOR_IDS,
  NEGOTIATION_STAGES,
  SEATS,
  SEOUL_GOVERNMENTS,
  SEOUL_STAGES,
  STATUS_IDS,
  UKRAINE_STAGES,
  UKRAINE_STATUSES,
  type GameState,
  type StatusId,
} from '../../src/model/types';
import {
  BRIEFING_CARDS,
  COURSE_TEXTS,
  DISCUSSION_QUESTIONS,
  GAME_TEXTS,
  GLOSSARY_TERMS,
  LANGUAGES,
  UI_TEXTS,
  causeLabel,
  explainText,
  fill,
  formatMonth,
  formatNumber,
  formatPercent,
  formatSignedDelta,
  formatTurn,
  has,
  moveName,
  newsBody,
  newsHeadline,
  objectiveLabel,
  pickLanguage,
  t,
  verdictText,
} from '../../src/i18n';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];
/** A text that is really a key (or a key fragment) shown raw. */
const RAW_KEY =
  /^(event|stage|note|move|seat|deal|winner|signal|indicator|status|ending|objective|drift|cause|explain|condition|verdict)\.[\w.]+$/;

// ── Ids from the model's own tables ─────────────────────────────────────────────────────────────

function machineRefusalReasons(): string[] {
  const reasons = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (x: unknown): void => {
    if (x === null || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    const o = x as Record<string, unknown>;
    const params = o.params as Record<string, unknown> | undefined;
    if (o.type === 'refuse' && typeof params?.reason === 'string') reasons.add(params.reason);
    for (const v of Object.values(o)) walk(v);
  };
  walk(gameMachine.config);
  return [...reasons];
}

const STATUS_VALUES: Record<StatusId, readonly string[]> = {
  seoulGovernment: SEOUL_GOVERNMENTS,
  ukraine: UKRAINE_STATUSES,
  exercises: EXERCISE_STATUSES,
  troops: [],
};

const trackStages: [string, readonly string[]][] = [
  ['negotiation', NEGOTIATION_STAGES],
  ['seoul', SEOUL_STAGES],
  ['ukraine', UKRAINE_STAGES],
  ['cabinet', CABINET_STAGES],
];

function requiredKeys(): string[] {
  const keys: string[] = [];
  for (const seat of SEATS) keys.push(`seat.${seat}`, `seat.${seat}.long`);
  for (const actor of unique(EVENTS.map((e) => e.actor))) keys.push(`actor.${actor}`);
  for (const m of MOVES) keys.push(`move.${m.id}.name`, `move.${m.id}.desc`);
  for (const e of EVENTS) {
    keys.push(`event.${e.id}.title`, `event.${e.id}.body`, `event.${e.id}.cause`);
    for (const o of e.outcomes ?? []) keys.push(`event.${e.id}.outcome.${o.id}`);
  }
  for (const s of STAGES)
    keys.push(`stage.${s.track}.${s.stage}.name`, `stage.${s.track}.${s.stage}.news`, `stage.${s.track}.${s.stage}.desc`);
  for (const [track, stages] of trackStages) for (const s of stages) keys.push(`stage.${track}.${s}.name`, `stage.${track}.${s}.news`);
  for (const track of unique([...STAGES.map((s) => s.track), ...trackStages.map(([tr]) => tr)])) keys.push(`track.${track}.name`);
  for (const reason of machineRefusalReasons()) keys.push(`note.${reason}`, `note.${reason}.hint`);
  for (const signal of SIGNAL_TYPES) keys.push(`signal.${signal}`);
  for (const id of INDICATOR_IDS) keys.push(`indicator.${id}.name`, `indicator.${id}.desc`);
  for (const id of STATUS_IDS) {
    keys.push(`status.${id}.name`);
    for (const v of STATUS_VALUES[id]) keys.push(`status.${id}.${v}`);
  }
  const positions = new Set<string>(['none']);
  for (const x of [...MOVES.map((m) => m.effect), ...STAGES.map((s) => s.effect ?? {})]) {
    if (x.usPosition) positions.add(x.usPosition);
    if (x.dprkPosition) positions.add(x.dprkPosition);
  }
  for (const p of positions) keys.push(`position.${p}`);
  for (const d of Object.keys(DEALS)) keys.push(`deal.${d}`, `deal.${d}.terms`);
  for (const e of EVENTS)
    for (const o of e.outcomes ?? []) if (typeof o.signal?.winner === 'string') keys.push(`winner.${o.signal.winner}`);
  for (const id of ENDING_IDS) keys.push(`ending.${id}.title`, `ending.${id}.summary`, `ending.${id}.reality`);
  for (const o of OBJECTIVES) keys.push(`objective.${o.id}`);
  for (const v of unique([0, 25, 50, 75, 100].map(verdictFor))) keys.push(`verdict.${v}`);
  for (const d of DRIFTS) keys.push(`drift.${d.id}`);
  const tags = new Set<string>(MOVES.flatMap((m) => m.tags));
  for (const seat of SEATS) for (const p of Object.values(PERSONALITIES[seat])) for (const tag of Object.keys(p.tags)) tags.add(tag);
  for (const tag of tags) keys.push(`tag.${tag}`);
  for (const b of BOT_NAMES) keys.push(`bot.${b}`, `bot.${b}.desc`);
  for (const c of Object.keys(backchannelConditions(createInitialState({ seed: 1 })))) {
    keys.push(`condition.${c}.name`, `condition.${c}.held`, `condition.${c}.missing`);
  }
  for (const g of GLOSSARY_TERMS) keys.push(`glossary.${g}.term`, `glossary.${g}.def`);
  for (const n of BRIEFING_CARDS) keys.push(`briefing.${n}.title`, `briefing.${n}.body`);
  for (const n of DISCUSSION_QUESTIONS) keys.push(`discussion.${n}`);
  keys.push('move.hidden.name', 'cause.hidden', 'cause.move', 'cause.stage', 'cause.drift', 'news.injected');
  keys.push('news.revealed.zero', 'news.revealed.one', 'news.revealed.other');
  return unique(keys);
}

// ── Dictionaries ────────────────────────────────────────────────────────────────────────────────

describe('dictionaries', () => {
  for (const [name, dicts] of [
    ['game', GAME_TEXTS],
    ['ui', UI_TEXTS],
    ['course', COURSE_TEXTS],
  ] as const) {
    it(`${name}: every language has the same keys`, () => {
      const en = Object.keys(dicts.en).sort();
      for (const lang of LANGUAGES) {
        const keys = Object.keys(dicts[lang]).sort();
        expect(
          keys.filter((k) => !en.includes(k)),
          `${name}/${lang} has keys that en lacks`,
        ).toEqual([]);
        expect(
          en.filter((k) => !keys.includes(k)),
          `${name}/${lang} lacks keys`,
        ).toEqual([]);
      }
    });

    it(`${name}: no value is empty and placeholders match across languages`, () => {
      for (const lang of LANGUAGES) {
        for (const [key, value] of Object.entries(dicts[lang])) {
          expect(value.trim(), `${name}/${lang}: ${key} is empty`).not.toBe('');
          const en = dicts.en[key];
          if (en !== undefined) expect(placeholders(value), `${name}/${lang}: placeholders of ${key}`).toEqual(placeholders(en));
        }
      }
    });
  }

  it('interface texts do not shadow game texts, nor course texts either', () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(UI_TEXTS[lang]).filter((k) => Object.hasOwn(GAME_TEXTS[lang], k))).toEqual([]);
      expect(Object.keys(COURSE_TEXTS[lang]).filter((k) => Object.hasOwn(GAME_TEXTS[lang], k) || Object.hasOwn(UI_TEXTS[lang], k))).toEqual(
        [],
      );
    }
  });

  it('every id in the model tables has its texts', () => {
    const missing: string[] = [];
    for (const lang of LANGUAGES) for (const key of requiredKeys()) if (!has(lang, key)) missing.push(`${lang}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('the article’s five refusal reasons and every signal are covered', () => {
    expect(machineRefusalReasons().sort()).toEqual([
      'envoyRefused',
      'formalTalksTooEarly',
      'publicTalksBlocked',
      'responseTooWeak',
      'summitTooEarly',
    ]);
    expect(SIGNAL_TYPES.length).toBeGreaterThan(0);
  });

  it('English move names fit a card (28 characters at most)', () => {
    for (const m of MOVES) expect(t('en', `move.${m.id}.name`).length, m.id).toBeLessThanOrEqual(28);
  });

  it('reality notes are dated and sourced', () => {
    for (const lang of LANGUAGES) {
      for (const id of ENDING_IDS) {
        const note = t(lang, `ending.${id}.reality`);
        expect(note, `${lang} ${id}`).toMatch(/2025/);
        expect(note, `${lang} ${id}`).toMatch(/4/);
        expect(note, `${lang} ${id}`).toMatch(/3/);
      }
    }
  });

  it('the Pyongyang inter-Korean summit is dated 2018, not 2019', () => {
    for (const lang of LANGUAGES) expect(t(lang, 'briefing.3.body')).toMatch(/2018/);
  });
});

// ── t and formatting ────────────────────────────────────────────────────────────────────────────

describe('t', () => {
  it('looks up, substitutes and falls back to the key', () => {
    expect(t('en', 'seat.us')).toBe('Washington');
    expect(t('de', 'seat.dprk')).toBe('Pjöngjang');
    expect(t('ko', 'seat.rok')).toBe('서울');
    expect(t('en', 'note.formalTalksTooEarly.hint', { trust: 40 })).toBe('Formal talks need trust of at least 40.');
    expect(t('de', 'no.such.key')).toBe('no.such.key');
    expect(t('ko', 'constructor')).toBe('constructor');
    expect(has('en', 'no.such.key')).toBe(false);
    expect(has('en', 'toString')).toBe(false);
  });

  it('leaves unknown placeholders alone', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(fill('{a}', undefined)).toBe('{a}');
  });

  it('picks a language from preferences', () => {
    expect(pickLanguage(['de-AT', 'en'])).toBe('de');
    expect(pickLanguage(['fr-FR', 'ko-KR'])).toBe('ko');
    expect(pickLanguage(['fr'])).toBe('en');
  });
});

describe('formatting', () => {
  it('formats months', () => {
    expect(formatMonth('en', 2025, 3)).toBe('March 2025');
    expect(formatMonth('de', 2025, 3)).toBe('März 2025');
    expect(formatMonth('ko', 2025, 3)).toBe('2025년 3월');
    expect(formatMonth('en', 2026, 12)).toBe('December 2026');
    expect(formatTurn('de', 1)).toBe('Januar 2025');
    expect(formatTurn('ko', 14)).toBe('2026년 2월');
  });

  it('formats numbers, deltas and percentages', () => {
    expect(formatNumber('en', 28500)).toBe('28,500');
    expect(formatNumber('de', 28500)).toBe('28.500');
    expect(formatSignedDelta('en', 6)).toBe('+6');
    expect(formatSignedDelta('en', -6)).toBe('\u22126');
    expect(formatSignedDelta('de', -1200)).toBe('\u22121.200');
    expect(formatSignedDelta('ko', 0)).toBe('±0');
    expect(formatPercent('en', 71)).toBe('71%');
    expect(formatPercent('de', 71)).toBe('71\u00a0%');
    expect(formatPercent('ko', 71)).toBe('71%');
  });
});

// ── Helpers over model data ─────────────────────────────────────────────────────────────────────

describe('sentences from model data', () => {
  it('names moves, causes, objectives and verdicts', () => {
    expect(moveName('en', 'us.sendEnvoy')).toBe('Send a secret envoy');
    expect(moveName('de', null)).toBe('Geheimer Zug');
    expect(causeLabel('en', 'hidden')).toBe('a secret move');
    expect(causeLabel('en', 'event.leak')).toBe('the leak of the channel');
    expect(causeLabel('en', 'us.sendEnvoy')).toBe('“Send a secret envoy” by Washington');
    expect(causeLabel('en', 'stage.negotiation.summit')).toBe('reaching “Summit”');
    expect(causeLabel('ko', 'drift.distrust')).toBe('익숙한 불신의 기준선');
    expect(causeLabel('en', 'something.unknown')).toBe('something.unknown');
    for (const lang of LANGUAGES) {
      for (const o of OBJECTIVES) expect(objectiveLabel(lang, o.id)).not.toMatch(RAW_KEY);
      expect(verdictText(lang, 'win')).not.toMatch(RAW_KEY);
    }
  });

  it('writes headlines and bodies from news params', () => {
    expect(newsHeadline('en', { id: 'event.courtRuling', params: { outcome: 'upheld' } })).toMatch(/upholds/);
    expect(newsHeadline('de', { id: 'event.courtRuling', params: { outcome: 'dismissed' } })).toMatch(/weist/);
    expect(newsHeadline('en', { id: 'stage.seoul.newGovernment', params: { winner: 'liberal', signal: 'seoul.election' } })).toBe(
      'New government in Seoul after a win for the Democratic Party',
    );
    expect(newsHeadline('ko', { id: 'stage.negotiation.agreement', params: { deal: 'freeze' } })).toBe(
      '정상회담 합의 도출: 동결 대 제재 완화',
    );
    expect(newsBody('en', { id: 'event.leak', params: { revealed: 3, injected: 1 } })).toMatch(/3 secret moves .*teacher/);
    expect(newsBody('en', { id: 'event.leak', params: { revealed: 1 } })).toMatch(/One secret move/);
    expect(newsBody('de', { id: 'note.summitTooEarly', params: { signal: 'talks.summit' } })).toMatch(/50.*60/);
    expect(newsBody('en', { id: 'stage.negotiation.noContact', params: { signal: 'channel.stale' } })).toMatch(/waited too long/);
  });
});

// ── Real games ──────────────────────────────────────────────────────────────────────────────────

describe('fifty bot games', () => {
  let games: GameState[] = [];
  beforeAll(() => {
    games = [];
    for (let seed = 1; seed <= 50; seed++) games.push(playBotGame({ seed }).state);
  }, 240_000);

  it('every news item has a real headline and body in every language', () => {
    const ids = new Set<string>();
    for (const g of games) {
      for (const n of g.news) {
        ids.add(n.id);
        for (const lang of LANGUAGES) {
          const h = newsHeadline(lang, n);
          expect(h, `${lang} ${n.id}`).not.toBe(n.id);
          expect(h, `${lang} ${n.id}`).not.toMatch(RAW_KEY);
          expect(h, `${lang} ${n.id}`).not.toMatch(/[{}]/);
          const b = newsBody(lang, n);
          expect(b, `${lang} ${n.id}`).not.toMatch(/[{}]/);
          expect(b.trim(), `${lang} ${n.id}`).not.toBe('');
        }
      }
    }
    expect(ids.size).toBeGreaterThan(10);
  });

  it('every cause of a change has a label', () => {
    const causes = new Set(games.flatMap((g) => g.changes.map((c) => c.cause)));
    for (const lang of LANGUAGES) {
      for (const c of causes) {
        const label = causeLabel(lang, c);
        expect(label, `${lang} ${c}`).not.toBe(c);
        expect(label, `${lang} ${c}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('every ending is explained in plain sentences', () => {
    for (const g of games) {
      const explanation = explainEnding(g);
      const results = scoreGame(g);
      for (const lang of LANGUAGES) {
        const lines = explainText(lang, explanation, results);
        expect(lines.length).toBeGreaterThan(5);
        for (const line of lines) {
          expect(line, lang).not.toMatch(/[{}]/);
          expect(line, lang).not.toMatch(RAW_KEY);
        }
      }
    }
    const en = explainText('en', explainEnding(games[0] as GameState), scoreGame(games[0] as GameState));
    expect(en[0]).toMatch(/^The game ended in \w+ 20\d\d, in month \d+: /);
    expect(en.some((l) => /^(Washington|Pyongyang|Seoul): \d+ of 100 points \((Win|Draw|Loss)\)\.$/.test(l))).toBe(true);
  });
});
