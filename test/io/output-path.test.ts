import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputFile, checkOutputFolder } from "../../engine/io/output-path";
import { writeRunFiles } from "../../engine/io/run-output";
import { processAlive, removeStaleTemps } from "../../engine/io/stale-temp";
import { writeFileAtomic } from "../../engine/io/write-atomic";

const tmp = mkdtempSync(join(tmpdir(), "trappa-out-"));
writeFileSync(join(tmp, "afile"), "x");
mkdirSync(join(tmp, "dir"));

/** The id of a process that has ended (a node started and finished). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

describe("output paths are checked before any work", () => {
  it("accepts a new file or folder in a writable folder, and existing ones of the right kind", () => {
    expect(() => checkOutputFile(join(tmp, "ny", "x.csv"))).not.toThrow();
    expect(() => checkOutputFile(join(tmp, "afile"))).not.toThrow();
    expect(() => checkOutputFolder(join(tmp, "dir"))).not.toThrow();
    expect(() => checkOutputFolder(join(tmp, "ny", "mappe"))).not.toThrow();
  });

  it("refuses a folder for a file, a file for a folder, a path under a file, a device, /proc and /sys", () => {
    expect(() => checkOutputFile(join(tmp, "dir"))).toThrow(/dir: expected a file path, got a folder/);
    expect(() => checkOutputFolder(join(tmp, "afile"))).toThrow(/afile: expected a folder to write the run's files into, got an existing file/);
    expect(() => checkOutputFile(join(tmp, "afile", "x.csv"))).toThrow(/expected a path in a folder, got a path under the file .*afile/);
    expect(() => checkOutputFolder(join(tmp, "afile", "a", "b"))).toThrow(/got a path under the file/);
    expect(() => checkOutputFile("/dev/null")).toThrow("--out /dev/null: expected a regular file path, got a special file (a device or a pipe)");
    expect(() => checkOutputFolder("/proc/trappa")).toThrow(/--out \/proc\/trappa: expected a path on a disk, got \/proc, a special file system/);
    expect(() => checkOutputFile("/sys/x.csv", "--ut")).toThrow(/^--ut \/sys\/x\.csv: expected a path on a disk/);
    expect(() => checkOutputFile("")).toThrow("expected a file path, got an empty path");
  });

  it.skipIf(process.getuid?.() === 0)("refuses a folder that is not writable (not as root, who may write anywhere)", () => {
    const ro = join(tmp, "ro");
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    expect(() => checkOutputFile(join(ro, "x.csv"))).toThrow(/which is not writable/);
    chmodSync(ro, 0o755);
  });
});

describe("temporary files of killed runs are cleaned up", () => {
  it("knows a running process from an ended one", () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(deadPid())).toBe(false);
  });

  it("removes .tmp-<pid> folders of ended processes and keeps a running one's", async () => {
    const dir = join(tmp, "run");
    const dead = deadPid();
    mkdirSync(join(dir, `.tmp-${dead}`), { recursive: true });
    writeFileSync(join(dir, `.tmp-${dead}`, "report.html"), "halv");
    mkdirSync(join(dir, `.tmp-${process.ppid}`));
    await writeRunFiles(dir, [{ name: "a.csv", data: "x\n" }]);
    expect(existsSync(join(dir, `.tmp-${dead}`))).toBe(false);
    expect(existsSync(join(dir, `.tmp-${process.ppid}`))).toBe(true);
    expect(existsSync(join(dir, `.tmp-${process.pid}`))).toBe(false);
    expect(existsSync(join(dir, "a.csv"))).toBe(true);
  });

  it("an atomic write removes its file's stale temporary copies only", () => {
    const dead = deadPid();
    writeFileSync(join(tmp, `b.csv.tmp-${dead}-1700000000000`), "halv");
    writeFileSync(join(tmp, `c.csv.tmp-${dead}-1700000000000`), "annen fil");
    writeFileAtomic(join(tmp, "b.csv"), "ferdig\n");
    expect(existsSync(join(tmp, `b.csv.tmp-${dead}-1700000000000`))).toBe(false);
    expect(existsSync(join(tmp, `c.csv.tmp-${dead}-1700000000000`))).toBe(true);
    expect(removeStaleTemps(tmp, /^c\.csv\.tmp-(\d+)-\d+$/)).toEqual([`c.csv.tmp-${dead}-1700000000000`]);
  });
});
