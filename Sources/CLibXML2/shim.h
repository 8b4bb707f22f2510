#include <libxml/xmlversion.h>
/* Foundation's ICU headers clash with libxml2's UErrorCode when both are imported. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* xmlFree is a macro-like global function pointer Swift cannot call directly. */
static inline void sitegroup_xmlFree(void *pointer) { xmlFree(pointer); }
