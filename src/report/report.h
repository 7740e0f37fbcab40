/* report.h - turns the run's diagnostics into text for people or JSON for
 * machines.  Reporters only format; they never decide the exit code. */
#ifndef TFCHECK_REPORT_H
#define TFCHECK_REPORT_H

#include <stdio.h>

#include "../base/base.h"

typedef struct ReportProvider {
    const char *source;      /* "hashicorp/aws" */
    const char *version;     /* the embedded schema version checked against */
} ReportProvider;

typedef struct ReportSummary {
    uint32_t files;     /* files read */
    const ReportProvider *providers;
    uint32_t provider_count;
} ReportSummary;

/* Compiler-style text: location, severity, summary [rule], the source line
 * with a caret run under the subject, then detail and hint.  `color` adds
 * ANSI colours. */
void report_text(FILE *out, const DiagList *dl, const ReportSummary *sum, bool color);

/* The JSON document described in docs/json-output.md. */
void report_json(FILE *out, const DiagList *dl, const ReportSummary *sum);

/* Writes s as a JSON string literal (quotes included). */
void json_write_string(FILE *out, const char *s);

#endif
