/* number_int.h - the inside of a number (eval.h keeps it opaque), for the
 * files that compute on the MPFR value directly: number.c and the numeric
 * and string functions (pow, log, format's verbs). */
#ifndef TFCHECK_NUMBER_INT_H
#define TFCHECK_NUMBER_INT_H

#include <mpfr.h>

#include "eval.h"

struct ValueNum {
    mpfr_t x;                 /* precision 512 (literals) or 53 (float64 results) */
};

#endif
