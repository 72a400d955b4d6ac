import { describe, expect, it } from "vitest";
import { chooseLang, contentLang, questionLang, selectKey, withLang } from "./lang.js";

describe("the page's language", () => {
  it("the address first, then this browser's choice, then its languages, then English", () => {
    expect(chooseLang("?lang=ko", "ru", ["ru-RU"])).toBe("ko");
    expect(chooseLang("", "ru", ["ko-KR"])).toBe("ru");
    expect(chooseLang("", undefined, ["ko-KR", "en"])).toBe("ko");
    expect(chooseLang("", undefined, ["ru"])).toBe("ru");
    expect(chooseLang("", undefined, ["en-GB", "ru"])).toBe("en");
    expect(chooseLang("", undefined, [])).toBe("en");
  });

  it("the first of the browser's languages the app has, by its primary subtag", () => {
    expect(chooseLang("", undefined, ["de-DE", "fr", "ru-UA", "ko"])).toBe("ru");
    expect(chooseLang("", undefined, ["ja", "zh-Hans"])).toBe("en");
    expect(chooseLang("", undefined, ["KO_kr"])).toBe("ko");
  });

  it("anything else in the address or storage is ignored, never thrown", () => {
    expect(chooseLang("?lang=de", "ko", [])).toBe("ko");
    expect(chooseLang("?lang=", undefined, ["ru"])).toBe("ru");
    expect(chooseLang("?lang=RU", undefined, [])).toBe("ru");
    expect(chooseLang("?load=3&lang=ko", undefined, [])).toBe("ko");
    expect(chooseLang("?lang=%E0%A4%A", '{"a":1}', [])).toBe("en");
    expect(chooseLang("%%%", "\u0000", ["", "-"])).toBe("en");
  });

  it("the switch sets ?lang= and keeps the rest of the address, the route in its hash first", () => {
    expect(withLang("https://x.org/nklabor/#/build", "ko")).toBe(
      "https://x.org/nklabor/?lang=ko#/build",
    );
    expect(withLang("https://x.org/nklabor/?lang=ko&load=2#/play/ready/mix/start", "ru")).toBe(
      "https://x.org/nklabor/?lang=ru&load=2#/play/ready/mix/start",
    );
    expect(withLang("http://127.0.0.1:4173/nklabor/?load=1#/facts", "en")).toBe(
      "http://127.0.0.1:4173/nklabor/?load=1&lang=en#/facts",
    );
  });

  it("a quiz's words are in its language (none said: English); a teacher's own, unknown", () => {
    expect(contentLang({})).toBe("en");
    expect(contentLang({ language: "ru" })).toBe("ru");
    expect(contentLang({ language: "xx" })).toBe("en");
    expect(questionLang({ language: "ko" }, { type: "timeline" })).toBe("ko");
    expect(questionLang({ language: "ko" }, { type: "custom" })).toBeUndefined();
  });

  it("ids as a catalog's select takes them", () => {
    expect(selectKey("worker-counts")).toBe("worker_counts");
    expect(selectKey("mix")).toBe("mix");
  });
});
