import { createRequire } from "node:module";
import { join } from "node:path";
import type * as MathJs from "mathjs";
import type { MathNode } from "mathjs";
import { projectRoot } from "../root";

/**
 * Users' own formulas (key figures over a run's measures), parsed and compiled once with
 * mathjs in a restricted instance. An expression may use numbers, the names it is given,
 * the constants pi and e, arithmetic (+ − * / ^ mod), comparisons, and/or/not, `a ? b : c`
 * and the functions of FUNCTIONS; nothing else. Checked on the parsed tree before anything
 * is compiled: assignments, function definitions, property access, matrices, strings,
 * units and any other function are refused, so `import`, `createUnit`, `evaluate` and
 * `parse` are unknown names to an expression. They are disabled in the instance as well.
 */

/** Functions an expression may call. */
export const FUNCTIONS = ["abs", "ceil", "exp", "floor", "log", "log10", "max", "mean", "median", "min", "pow", "round", "sqrt", "sum"] as const;
const CONSTANTS = ["pi", "e"];
const OPERATORS = new Set([
  "add",
  "subtract",
  "multiply",
  "divide",
  "pow",
  "mod",
  "unaryMinus",
  "unaryPlus",
  "smaller",
  "larger",
  "smallerEq",
  "largerEq",
  "equal",
  "unequal",
  "and",
  "or",
  "not",
]);
const NODES = new Set(["ConstantNode", "SymbolNode", "OperatorNode", "ParenthesisNode", "FunctionNode", "ConditionalNode", "RelationalNode"]);

const disabled = (name: string) => () => {
  throw new Error(`${name} is disabled in formulas`);
};

let parser: ((text: string) => MathNode) | null = null;

/**
 * mathjs's parser from the restricted instance, loaded on first use: mathjs takes about
 * 0.6 s to load, which a run without formulas should not pay (required, not imported, so
 * that only scenarios with `indicators` load it).
 */
function parse(text: string): MathNode {
  if (!parser) {
    const { all, create } = createRequire(join(projectRoot(), "package.json"))("mathjs") as typeof MathJs;
    const math = create(all, { number: "number" });
    // The parser is taken before the instance's own parse, evaluate … are disabled for expressions.
    const own = math.parse;
    math.import(
      Object.fromEntries(["import", "createUnit", "evaluate", "parse", "compile", "simplify", "derivative", "resolve", "reviver"].map((n) => [n, disabled(n)])),
      { override: true },
    );
    parser = own;
  }
  return parser(text);
}

/** What is wrong with a formula: the message (English, "expected …, got …" parts) and the 1-based character position when known. */
export interface FormulaProblem {
  expected: string;
  found: string;
  position: number | null;
}

/** A checked, compiled formula. */
export interface Formula {
  text: string;
  /** The measure names it reads (in order of first use). */
  names: string[];
  /** Its value for the measures in `scope` (every name of `names` must be there). */
  evaluate(scope: Readonly<Record<string, number>>): number;
}

/** The 1-based position of a name in the text (as a whole word), null when not found. */
function positionOf(text: string, name: string): number | null {
  const m = new RegExp(`(?<![\\p{L}\\p{N}_])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}_])`, "u").exec(text);
  return m ? m.index + 1 : null;
}

const describeNode = (n: MathNode): string => {
  switch (n.type) {
    case "FunctionAssignmentNode":
      return "a function definition";
    case "AssignmentNode":
      return "an assignment";
    case "AccessorNode":
    case "IndexNode":
      return "property or index access";
    case "ArrayNode":
    case "RangeNode":
      return "a list or range";
    case "BlockNode":
      return "more than one expression";
    case "ObjectNode":
      return "an object";
    default:
      return n.type;
  }
};

/**
 * Parses and checks a formula against the names it may use: a syntax error, a construct
 * outside the allowed ones or an unknown name gives a FormulaProblem (first one found);
 * else a compiled Formula.
 *
 * @example compileFormula("arsverk / befolkning_80_pluss * 1000", ["arsverk", "befolkning_80_pluss"])
 */
export function compileFormula(text: string, available: readonly string[] | null): Formula | FormulaProblem {
  if (text.trim() === "") return { expected: "a formula", found: "an empty text", position: null };
  let node: MathNode;
  try {
    node = parse(text);
  } catch (e) {
    const err = e as Error & { char?: number };
    return {
      expected: "a formula mathjs can parse",
      found: err.message.replace(/ \(char \d+\)$/, ""),
      position: typeof err.char === "number" ? err.char : null,
    };
  }
  const known = available === null ? null : new Set(available);
  const names: string[] = [];
  let problem: FormulaProblem | null = null;
  node.traverse((n, _path, parent) => {
    if (problem) return;
    if (!NODES.has(n.type)) {
      problem = { expected: "arithmetic on numbers and measure names", found: describeNode(n), position: null };
      return;
    }
    if (n.type === "ConstantNode" && typeof (n as unknown as { value: unknown }).value !== "number") {
      problem = { expected: "numbers", found: `the text ${JSON.stringify((n as unknown as { value: unknown }).value)}`, position: null };
      return;
    }
    if (n.type === "OperatorNode" && !OPERATORS.has((n as unknown as { fn: string }).fn)) {
      const op = (n as unknown as { op: string }).op;
      problem = { expected: "an arithmetic, comparison or logical operator", found: `the operator "${op}"`, position: positionOf(text, op) };
      return;
    }
    if (n.type === "FunctionNode") {
      const fn = (n as unknown as { fn: MathNode }).fn;
      const name = fn.type === "SymbolNode" ? (fn as unknown as { name: string }).name : null;
      if (name === null || !(FUNCTIONS as readonly string[]).includes(name)) {
        problem = {
          expected: `one of the functions ${FUNCTIONS.join(", ")}`,
          found: name === null ? "a computed function" : `the function "${name}"`,
          position: name ? positionOf(text, name) : null,
        };
      }
      return;
    }
    if (n.type === "SymbolNode") {
      const name = (n as unknown as { name: string }).name;
      const isCallee = parent?.type === "FunctionNode" && (parent as unknown as { fn: MathNode }).fn === n;
      if (isCallee || CONSTANTS.includes(name)) return;
      if (known !== null && !known.has(name)) {
        problem = { expected: `a known name (${[...known].join(", ")})`, found: `the unknown name "${name}"`, position: positionOf(text, name) };
        return;
      }
      if (!names.includes(name)) names.push(name);
    }
  });
  if (problem) return problem;
  const compiled = node.compile();
  return {
    text,
    names,
    evaluate(scope) {
      for (const name of names) if (typeof scope[name] !== "number") throw new Error(`formula "${text}" needs the measure ${name}, not given`);
      const v = compiled.evaluate({ ...scope });
      if (typeof v === "boolean") return v ? 1 : 0;
      if (typeof v !== "number") throw new Error(`formula "${text}" gave ${String(v)}, not a number`);
      return v;
    },
  };
}

/** Whether compileFormula gave a problem. */
export function isFormulaProblem(x: Formula | FormulaProblem): x is FormulaProblem {
  return "expected" in x;
}
