/* docinfo.c: PLACEHOLDER (finds nothing yet) */
#include "extract.h"

void extract_docinfo(struct xctx *x, struct extraction *out)
{
}
