"""GET /v1/limits names the poster topics, so the studio offers the ones POST /v1/posters takes
(issue 15: the studio let no one choose a poster's icon)."""

from __future__ import annotations

import io

from fastapi.testclient import TestClient
from PIL import Image

BODY = {
    "template": "scheme_square",
    "title": "ग्राम सभा की बैठक",
    "lines": ["2 अक्टूबर, सुबह 11 बजे", "पंचायत भवन"],
}


def test_the_limits_list_the_poster_topics_and_each_draws_its_own_icon(
    client: TestClient,
) -> None:
    topics = client.get("/v1/limits").json()["poster_topics"]
    # The topics the poster request takes, in its order, no more and no fewer.
    schema = client.get("/openapi.json").json()["components"]["schemas"]["PosterRequest"]
    accepted = next(b["enum"] for b in schema["properties"]["topic"]["anyOf"] if "enum" in b)
    assert topics == accepted
    assert {"health", "farming", "water", "school", "documents", "calendar", "phone", "place"} <= (
        set(topics)
    )
    # Each one is a poster with a picture of its own: no two topics look alike.
    posters = set()
    for topic in topics:
        response = client.post("/v1/posters", json={**BODY, "topic": topic})
        assert response.status_code == 200, (topic, response.text)
        with Image.open(io.BytesIO(response.content)) as poster:
            posters.add(poster.convert("RGB").tobytes())
    assert len(posters) == len(topics)
