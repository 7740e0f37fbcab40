/* timeit.c - runs a command RUNS times and prints the median and the lowest
 * wall-clock time in milliseconds, and the median user and system CPU time,
 * as "median_ms min_ms user_ms sys_ms".  Standard output and error of the
 * command go to /dev/null.  A shell's `date` around the command adds a fork
 * of the shell to each measurement; this measures the command alone.
 *
 *   timeit RUNS COMMAND [ARG ...]
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double ms(struct timeval t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; }

int main(int argc, char **argv) {
    if (argc < 3 || atoi(argv[1]) < 1) {
        fprintf(stderr, "usage: timeit RUNS COMMAND [ARG ...]\n");
        return 2;
    }
    int runs = atoi(argv[1]);
    double *wall = calloc((size_t)runs, sizeof *wall), *user = calloc((size_t)runs, sizeof *user),
           *sys = calloc((size_t)runs, sizeof *sys);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    double min = 0;
    for (int i = 0; i < runs; i++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pid_t pid;
        if (posix_spawnp(&pid, argv[2], &fa, NULL, argv + 2, environ) != 0) {
            perror(argv[2]);
            return 2;
        }
        int status;
        struct rusage ru;
        if (wait4(pid, &status, 0, &ru) < 0) {
            perror("wait4");
            return 2;
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        wall[i] = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
        user[i] = ms(ru.ru_utime);
        sys[i] = ms(ru.ru_stime);
        if (i == 0 || wall[i] < min) min = wall[i];
    }
    printf("%.1f %.1f %.1f %.1f\n", median(wall, runs), min, median(user, runs), median(sys, runs));
    return 0;
}
