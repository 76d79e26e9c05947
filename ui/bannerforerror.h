#pragma once

#include "errorbanner.h"
#include "session/inspectionresult.h"

// The banner for a failed inspection: the core's InspectionFailure (what happened, why, what to do, the
// server's words verbatim), decorated with the one action most likely to help (Update token for
// authentication problems, Edit profile for a wrong address, Retry for passing trouble). "Copy details" gets
// a plain-text report without the token.
BannerContent bannerForError(const InspectionResult &result);
