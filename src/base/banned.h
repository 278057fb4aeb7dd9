/* banned.h: functions that invite overflows or hidden global state (after git's);
 * tests/cli/t-lint.sh fails when any of them is used in src/ or tools/ */
#ifndef ACCORD_BANNED_H
#define ACCORD_BANNED_H

#define BANNED(f) sorry_##f##_is_banned_in_accord

#undef strcpy
#define strcpy(x, y) BANNED(strcpy)
#undef strcat
#define strcat(x, y) BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) BANNED(strncpy)
#undef sprintf
#define sprintf(...) BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) BANNED(vsprintf)
#undef strtok
#define strtok(x, y) BANNED(strtok)
#undef gmtime
#define gmtime(t) BANNED(gmtime)
#undef localtime
#define localtime(t) BANNED(localtime)
#undef gets
#define gets(x) BANNED(gets)

#endif
