#pragma once

#include "api/apiresult.h"
#include "errorbanner.h"

// The banner for a failed lookup: the explanation the core wrote, the server's words verbatim, and the one
// action most likely to help (Update token for authentication problems, Edit profile for a wrong address,
// Retry for passing trouble). "Copy details" gets a plain-text report without the token.
BannerContent bannerForError(const ApiResult &result);
