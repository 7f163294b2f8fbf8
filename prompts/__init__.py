"""Prompt templates: Jinja ``.j2`` files with YAML front-matter, rendered strictly.

A template file starts with a front-matter block between ``---`` lines that says what the template
is (name, version, variables, defaults, generation options, few-shot examples); the rest is Jinja.
Templates may ``{% extends %}`` or ``{% include %}`` shared files whose names start with ``_``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import jinja2
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

PROMPTS_DIR = Path(__file__).resolve().parent

KINDS = ("scheme", "local_issue", "event", "appeal", "greeting")
PLATFORMS = ("whatsapp", "facebook", "x", "instagram")
TONES = ("respectful", "warm", "urgent", "celebratory")


class PromptError(Exception):
    """A prompt template is malformed or was rendered without a variable it needs."""


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")
    platform: str
    tone: str
    facts: list[str] = Field(min_length=1)
    post: str


class Generation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max_new_tokens: int | None = None
    temperature: float | None = None
    stop: list[str] = Field(default_factory=list)


class PromptMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    version: str
    description: str
    variables: list[str]
    defaults: dict[str, Any] = Field(default_factory=dict)
    generation: Generation = Field(default_factory=Generation)
    # Label lines of the prompt's own scaffolding: if a draft contains one, it echoes the prompt.
    echo_markers: list[str] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)


def split_front_matter(source: str, filename: str) -> tuple[dict[str, Any], str]:
    if not source.startswith("---\n"):
        return {}, source
    end = source.find("\n---\n", 4)
    if end < 0:
        raise PromptError(f"{filename}: front-matter has no closing '---' line")
    meta = yaml.safe_load(source[4:end]) or {}
    if not isinstance(meta, dict):
        raise PromptError(f"{filename}: front-matter must be a mapping")
    # Keep the line count, so Jinja's error line numbers match the file.
    body = "\n" * (source.count("\n", 0, end + 5)) + source[end + 5 :]
    return meta, body


class _FrontMatterLoader(jinja2.BaseLoader):
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        path = self.directory / template
        if not path.is_file():
            raise jinja2.TemplateNotFound(template)
        mtime = path.stat().st_mtime
        _, body = split_front_matter(path.read_text(encoding="utf-8"), template)
        return body, str(path), lambda: path.stat().st_mtime == mtime


class PromptTemplate:
    def __init__(self, meta: PromptMeta, template: jinja2.Template) -> None:
        self.meta = meta
        self._template = template

    @property
    def name(self) -> str:
        return self.meta.name

    @property
    def version(self) -> str:
        return self.meta.version

    def render(self, variables: Mapping[str, Any], *, few_shot: bool = True) -> str:
        """The prompt; ``few_shot=False`` leaves out the example posts (a tuned model needs
        none)."""
        values = {**self.meta.defaults, **{k: v for k, v in variables.items() if v is not None}}
        missing = [v for v in self.meta.variables if v not in values]
        if missing:
            raise PromptError(f"prompt {self.name!r} needs variables: {', '.join(missing)}")
        try:
            examples = self.meta.examples if few_shot else []
            return self._template.render(**values, examples=examples)
        except jinja2.UndefinedError as exc:
            raise PromptError(f"prompt {self.name!r}: {exc.message}") from exc


class PromptLibrary:
    def __init__(self, directory: Path = PROMPTS_DIR) -> None:
        self.directory = directory
        self.env = jinja2.Environment(
            loader=_FrontMatterLoader(directory),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            autoescape=False,
        )
        self._templates: dict[str, PromptTemplate] = {}
        for path in sorted(directory.glob("*.j2")):
            if path.name.startswith("_"):
                continue
            meta_dict, _ = split_front_matter(path.read_text(encoding="utf-8"), path.name)
            try:
                meta = PromptMeta.model_validate(meta_dict)
            except ValidationError as exc:
                raise PromptError(f"{path.name}: bad front-matter: {exc}") from exc
            if meta.name != path.stem:
                raise PromptError(f"{path.name}: front-matter name {meta.name!r} != file name")
            try:
                template = self.env.get_template(path.name)
            except jinja2.TemplateSyntaxError as exc:
                raise PromptError(f"{path.name}:{exc.lineno}: {exc.message}") from exc
            self._templates[meta.name] = PromptTemplate(meta, template)

    def names(self) -> list[str]:
        return sorted(self._templates)

    def get(self, name: str) -> PromptTemplate:
        try:
            return self._templates[name]
        except KeyError:
            raise PromptError(
                f"no prompt named {name!r}; known prompts: {', '.join(self.names())}"
            ) from None

    def __iter__(self) -> Any:
        return iter(self._templates[name] for name in self.names())

    @cached_property
    def _scaffolding(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        markers = {m for template in self for m in template.meta.echo_markers}
        examples = {e.post for template in self for e in template.meta.examples}
        return tuple(sorted(markers)), tuple(sorted(examples))

    def scaffolding(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Every prompt's labels (``echo_markers``) and example posts: a draft that starts a line
        with one, or copies one, echoed a prompt, whichever prompt made it (or none did: a text
        checked on its own is judged the same way). Worked out once: every candidate asks."""
        return self._scaffolding


@lru_cache
def get_library() -> PromptLibrary:
    return PromptLibrary()
