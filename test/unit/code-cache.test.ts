/**
 * The code cache's file (src/app/code-cache.ts): V8 checks a cache only against its version, its
 * flags and the source's length, and one it accepts with a damaged body can crash the process.
 * So a cache is used only when it was made for this very script and is whole.
 */
import { createHash } from 'node:crypto';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { packCache, scriptId, unpackCache, wrapScript } from '../../src/app/code-cache.js';

const ID = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const SCRIPT = `// lede-start ${ID}\n"use strict";\nmodule.exports.answer = [1, 2, 3].map((x) => x * 14)[2];\n`;

function made(source = SCRIPT): Buffer {
  return new vm.Script(wrapScript(source), { filename: '/tmp/start.cjs' }).createCachedData();
}

describe('the code cache file', () => {
  it("gives back V8's data for the script it was made for, which V8 then takes", () => {
    const data = made();
    const back = unpackCache(packCache(ID, data, createHash), ID, createHash);
    expect(back && Buffer.compare(back, data)).toBe(0);
    const script = new vm.Script(wrapScript(SCRIPT), { filename: '/tmp/start.cjs', cachedData: back });
    expect(script.cachedDataRejected).toBe(false);
    const module = { exports: {} as { answer?: number } };
    (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, null, module);
    expect(module.exports.answer).toBe(42);
  });

  it('is not used for another build of the script', () => {
    expect(unpackCache(packCache(OTHER, made(), createHash), ID, createHash)).toBeUndefined();
  });

  it('is not used when any byte of it is damaged, or it is cut short, empty or not a cache at all', () => {
    const file = packCache(ID, made(), createHash);
    for (const at of [0, 20, file.indexOf(10) + 1, Math.floor(file.length / 2), file.length - 1]) {
      const damaged = Buffer.from(file);
      damaged[at] = damaged[at]! ^ 0x20;
      expect(unpackCache(damaged, ID, createHash), `byte ${at}`).toBeUndefined();
    }
    expect(unpackCache(file.subarray(0, file.length - 100), ID, createHash)).toBeUndefined();
    expect(unpackCache(file.subarray(0, file.indexOf(10) + 1), ID, createHash)).toBeUndefined();
    expect(unpackCache(Buffer.alloc(0), ID, createHash)).toBeUndefined();
    expect(unpackCache(Buffer.from('x'.repeat(5000)), ID, createHash)).toBeUndefined();
  });

  it("reads the build's id off the script's first line, and only there", () => {
    expect(scriptId(SCRIPT)).toBe(ID);
    expect(scriptId(`\n${SCRIPT}`)).toBeNull();
    expect(scriptId('// lede-start 1234\n')).toBeNull();
  });
});
