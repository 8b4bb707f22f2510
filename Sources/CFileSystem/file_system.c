// Swift's Glibc module does not export renameat2, which needs _GNU_SOURCE.
#define _GNU_SOURCE
#include "CFileSystem.h"
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

// Both are the renameat2 system call on Linux (glibc turns renameat2 without flags into renameat), so one
// system call counts every rename a build makes: the kill test stops the build at each of them in turn.
int sg_rename(const char *from, const char *to) {
#ifdef __linux__
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 0);
#else
    return rename(from, to);
#endif
}

int sg_exchange(const char *first, const char *second) {
#ifdef __linux__
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    return renamex_np(first, second, RENAME_SWAP);
#endif
}

int sg_flush_file_system(const char *folder) {
#ifdef __linux__
    int descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0) return -1;
    int result = syncfs(descriptor);
    close(descriptor);
    return result;
#else
    (void)folder;
    sync();
    return 0;
#endif
}
