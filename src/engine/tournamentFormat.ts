/**
 * A tournament's report as Markdown (docs/balance.md) or as plain text for a terminal. Both come
 * from the same sections and tables; only the rendering differs. Nothing here depends on the time
 * or the machine, so the same result always gives the same text.
 */
import { BOT_NAMES } from '../bots/personalities';
import { ENDING_IDS, SEATS, type Seat } from '../model/types';
import { SEAT_NAMES } from './tournamentTargets';
import type { Estimate } from './tournamentStats';
import type { TournamentResult } from './tournamentTypes';

export type ReportFormat = 'md' | 'text';

/** How many of each seat's most played moves the report lists. */
export const TOP_MOVES = 8;

type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'checklist'; items: { verdict: string; label: string; statistic: string }[] }
  | { kind: 'table'; head: string[]; rows: string[][]; align?: ('l' | 'r')[] };

const f1 = (v: number) => v.toFixed(1);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const est = (e: Estimate) => `${f1(e.mean)} ± ${f1(e.half)}`;
const others = (seat: Seat) => SEATS.filter((s) => s !== seat) as [Seat, Seat];

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The command that reproduces the result. */
export function commandFor(r: TournamentResult): string {
  const slow = Object.entries(r.gamesFor)
    .filter(([, n]) => n < r.games)
    .map(([name, n]) => ` --games-for ${name}=${n}`)
    .join('');
  const turns = r.maxTurns === null ? '' : ` --turns ${r.maxTurns}`;
  const bots = sameList(r.personalities, BOT_NAMES) ? '' : ` --bots ${r.personalities.join(',')}`;
  return `npm run tournament -- --games ${r.games} --seed ${r.seed}${slow}${turns} --rules ${r.scenarioVersion}${bots}`;
}

function intro(r: TournamentResult): Block[] {
  const slow = Object.entries(r.gamesFor).filter(([, n]) => n < r.games);
  const fewer = slow.length === 0 ? '' : ` (profiles with ${slow.map(([name, n]) => `${name}: ${n}`).join(', ')})`;
  return [
    {
      kind: 'para',
      text: `Scenario version ${r.scenarioVersion}. Personalities: ${r.personalities.join(', ')}. Every seat plays every personality against every pair of the others' (${r.profiles.length} profiles), ${r.games} games per profile${fewer}, seeds ${r.seed} onwards, the same seeds for every profile: ${r.totalGames} games in all. Mean game length ${f1(r.meanTurns)} months.`,
    },
    {
      kind: 'para',
      text: `Reproduce with \`${commandFor(r)}\`. Scores are 0–100 against each seat's own objectives; ± is the half-width of a 95% confidence interval (normal approximation; profiles share their seeds, so the interval is taken seed by seed), and averages count each profile of the other seats once.`,
    },
  ];
}

function targets(r: TournamentResult): Block[] {
  const verdict = (m: boolean | null) => (m === null ? 'n/a' : m ? 'met' : 'NOT met');
  const met = r.targets.filter((t) => t.met === true).length;
  const measured = r.targets.filter((t) => t.met !== null).length;
  return [
    { kind: 'heading', level: 2, text: 'Targets (issue 9 §2)' },
    { kind: 'para', text: `${met} of ${measured} measured targets met.` },
    { kind: 'checklist', items: r.targets.map((t) => ({ verdict: verdict(t.met), label: t.label, statistic: t.statistic })) },
  ];
}

function seatTables(r: TournamentResult): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 2, text: 'Mean score by personality' }];
  for (const seat of SEATS) {
    const cols = others(seat).flatMap((o) => r.personalities.map((q) => ({ o, q })));
    out.push({ kind: 'heading', level: 3, text: SEAT_NAMES[seat] });
    out.push({
      kind: 'table',
      head: ['Personality', 'Overall', ...cols.map(({ o, q }) => `vs ${SEAT_NAMES[o]} ${q}`)],
      rows: r.seats[seat].map((row) => [row.personality, est(row.overall), ...cols.map(({ o, q }) => est(row.against[o]![q]!))]),
      align: ['l', 'r', ...cols.map(() => 'r' as const)],
    });
  }
  return out;
}

function bestResponses(r: TournamentResult): Block[] {
  const out: Block[] = [
    { kind: 'heading', level: 2, text: 'Best responses' },
    {
      kind: 'para',
      text: 'For each profile of the other two seats (rows: the first, columns: the second), the personality that scores best, with its mean score.',
    },
  ];
  for (const seat of SEATS) {
    const [a, b] = others(seat);
    const cell = (qa: string, qb: string) => {
      const br = r.bestResponses[seat].find((x) => x.others[a] === qa && x.others[b] === qb)!;
      return `${br.best} ${f1(br.score)}`;
    };
    out.push({ kind: 'heading', level: 3, text: SEAT_NAMES[seat] });
    out.push({
      kind: 'table',
      head: [`${SEAT_NAMES[a]} \\ ${SEAT_NAMES[b]}`, ...r.personalities],
      rows: r.personalities.map((qa) => [qa, ...r.personalities.map((qb) => cell(qa, qb))]),
    });
    for (const o of [a, b]) {
      const line = r.personalities
        .map((q) => `${q} → ${r.bestAgainst[seat][o]![q]!.best} ${f1(r.bestAgainst[seat][o]![q]!.score)}`)
        .join(', ');
      out.push({ kind: 'para', text: `Against each ${SEAT_NAMES[o]} personality (averaged over the third seat): ${line}.` });
    }
  }
  return out;
}

function equilibrium(r: TournamentResult): Block[] {
  const e = r.equilibrium;
  const how = e.point === 'last' ? 'where the dynamics settled' : 'the average of their path (they cycle)';
  return [
    { kind: 'heading', level: 2, text: 'Equilibrium of the empirical game' },
    {
      kind: 'para',
      text: `Three-population replicator dynamics (exponential form, ${e.iterations} steps from the uniform mix) over the per-profile mean scores; the mix is ${how}. A game can have several equilibria: this is the one the dynamics reach from the uniform mix. Regret is what a seat would gain by switching to its best single personality: 0 means an exact equilibrium of the empirical game.`,
    },
    {
      kind: 'table',
      head: ['Seat', ...r.personalities, 'Expected score', 'Regret'],
      rows: SEATS.map((s) => [
        SEAT_NAMES[s],
        ...r.personalities.map((n) => pct(e.mix[s][n] ?? 0)),
        f1(e.scores[s]),
        e.regret[s].toFixed(2),
      ]),
    },
    {
      kind: 'para',
      text: `Endings when every seat plays its equilibrium mix: ${ENDING_IDS.map((id) => `${id} ${pct(e.endings[id])}`).join(', ')}; mean length ${f1(e.meanTurns)} months.`,
    },
  ];
}

function endings(r: TournamentResult): Block[] {
  return [
    { kind: 'heading', level: 2, text: 'Endings by profile' },
    { kind: 'para', text: "Share of each profile's games (%) ending each way, and the mean length in months." },
    {
      kind: 'table',
      head: [...SEATS.map((s) => SEAT_NAMES[s]), 'Games', 'Months', ...ENDING_IDS],
      rows: r.profiles.map((p) => [
        ...SEATS.map((s) => p.profile[s]),
        String(p.games),
        f1(p.meanTurns),
        ...ENDING_IDS.map((id) => String(Math.round((100 * p.endings[id]) / p.games))),
      ]),
      align: ['l', 'l', 'l', 'r', 'r', ...ENDING_IDS.map(() => 'r' as const)],
    },
  ];
}

function moves(r: TournamentResult): Block[] {
  const rows: string[][] = [];
  for (let i = 0; i < TOP_MOVES; i++)
    rows.push([String(i + 1), ...SEATS.map((s) => (r.moves[s][i] ? `${r.moves[s][i]!.id} ${pct(r.moves[s][i]!.share)}` : ''))]);
  return [
    { kind: 'heading', level: 2, text: 'Most played moves' },
    {
      kind: 'para',
      text: "Each seat's moves as shares of its plays over the whole tournament (plays per game, each profile counted once). With the negotiation table (version 3 on) a seat's table actions (`table.propose`, `table.accept`, `table.reject`) are plays beside its cards.",
    },
    { kind: 'table', head: ['#', ...SEATS.map((s) => SEAT_NAMES[s])], rows },
  ];
}

function markdown(blocks: Block[], title: string): string {
  const lines = [`# ${title}`, ''];
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  for (const b of blocks) {
    if (b.kind === 'heading') lines.push(`${'#'.repeat(b.level)} ${b.text}`, '');
    else if (b.kind === 'para') lines.push(b.text, '');
    else if (b.kind === 'checklist') {
      lines.push(
        '| Target | Verdict | Statistic |',
        '| --- | --- | --- |',
        ...b.items.map((i) => `| ${esc(i.label)} | ${i.verdict === 'NOT met' ? '**NOT met**' : i.verdict} | ${esc(i.statistic)} |`),
        '',
      );
    } else {
      const align = b.head.map((_, i) => (b.align?.[i] === 'r' ? '---:' : '---'));
      lines.push(
        `| ${b.head.map(esc).join(' | ')} |`,
        `| ${align.join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
        '',
      );
    }
  }
  return lines.join('\n');
}

function text(blocks: Block[], title: string): string {
  const lines = [title, '='.repeat(title.length), ''];
  for (const b of blocks) {
    if (b.kind === 'heading') lines.push(b.text, (b.level === 2 ? '-' : '·').repeat(b.text.length));
    else if (b.kind === 'para') lines.push(b.text, '');
    else if (b.kind === 'checklist') {
      for (const i of b.items) lines.push(`${i.verdict.padEnd(8)} ${i.label}`, `${' '.repeat(9)}${i.statistic}`);
      lines.push('');
    } else {
      const widths = b.head.map((h, i) => Math.max(h.length, ...b.rows.map((r) => (r[i] ?? '').length)));
      const row = (cells: string[]) =>
        cells
          .map((c, i) => ((b.align?.[i] ?? 'l') === 'r' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
          .join('  ')
          .trimEnd();
      lines.push(row(b.head), widths.map((w) => '-'.repeat(w)).join('  '), ...b.rows.map(row), '');
    }
  }
  return lines.join('\n');
}

/** The whole report; `md` is what `--out` writes to docs/balance.md. */
export function formatTournament(r: TournamentResult, format: ReportFormat): string {
  const blocks = [...intro(r), ...targets(r), ...seatTables(r), ...bestResponses(r), ...equilibrium(r), ...moves(r), ...endings(r)];
  const title = 'Balance: a tournament of the bot personalities';
  return format === 'md' ? markdown(blocks, title) : text(blocks, title);
}
