"""Provenance metadata: an XMP packet saying how the poster was made, by whom, with what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

DIGITAL_SOURCE = "http://cv.iptc.org/newscodes/digitalsourcetype/"
# Text drafted by a model, laid out by software: the whole poster is AI-made.
TRAINED = DIGITAL_SOURCE + "trainedAlgorithmicMedia"
# AI-drafted text over a real photograph.
COMPOSITE = DIGITAL_SOURCE + "compositeWithTrainedAlgorithmicMedia"
# Made by a person with software, no model involved.
HUMAN = DIGITAL_SOURCE + "digitalCreation"


@dataclass(frozen=True)
class Provenance:
    ai_generated: bool
    has_photo: bool
    organisation: str
    tool: str
    label: str
    created: datetime

    @property
    def source_type(self) -> str:
        if not self.ai_generated:
            return HUMAN
        return COMPOSITE if self.has_photo else TRAINED

    @property
    def summary(self) -> str:
        made = f"{self.label}. " if self.ai_generated else ""
        return f"{made}Responsible: {self.organisation}. Made with {self.tool}."

    @property
    def plain_disclosure(self) -> str:
        """The same in ASCII: what made it, and the source type."""
        made = "AI-generated" if self.ai_generated else "Made without AI"
        kind = self.source_type.rsplit("/", 1)[-1]
        return f"{made} (IPTC digital source type: {kind}). Made with {self.tool}."

    def xmp(self) -> bytes:
        when = self.created.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
    Iptc4xmpExt:DigitalSourceType={quoteattr(self.source_type)}
    xmp:CreatorTool={quoteattr(self.tool)}
    xmp:CreateDate={quoteattr(when)}
    photoshop:Credit={quoteattr(self.organisation)}>
   <dc:creator><rdf:Seq><rdf:li>{escape(self.organisation)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt>
    <rdf:li xml:lang="x-default">{escape(self.summary)}</rdf:li>
   </rdf:Alt></dc:description>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
        return packet.encode("utf-8")
