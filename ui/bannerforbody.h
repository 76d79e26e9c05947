#pragma once

#include "errorbanner.h"
#include "text/bodyfacts.h"
#include "json/jsondocument.h"

// The banner for a body that is shown but cannot be read as JSON (a file, a paste, a drop): in plain words
// what it is. An empty body says so and does not send the reader to an empty Raw JSON tab; a binary one says
// it is not text and where the first binary byte is, instead of the parser's wording about that byte.
// fromFile: the body was opened from a file (the words say "file"); otherwise "response".
BannerContent bannerForUnreadableBody(const BodyFacts &facts, qsizetype size, const Json::ParseError &error,
                                      bool fromFile);

// The one-paragraph text the Fields tab shows in place of the tree for the same body.
QString fieldsTextForUnreadableBody(const BannerContent &banner);
