#ifndef SITEGROUP_CFILESYSTEM_H
#define SITEGROUP_CFILESYSTEM_H

/// Renames `from` to `to` in one step, replacing `to` if it is a file; 0 on success, -1 with errno set.
int sg_rename(const char *from, const char *to);

/// Swaps two existing paths in one step (Linux renameat2 with RENAME_EXCHANGE, macOS renamex_np with
/// RENAME_SWAP), so neither name is ever missing; 0 on success, -1 with errno set.
int sg_exchange(const char *first, const char *second);

/// Writes everything of the file system holding `folder` that is still in memory to its disk (Linux syncfs;
/// elsewhere sync), so many files written without a flush each reach the disk with one; 0 on success, -1 with errno set.
int sg_flush_file_system(const char *folder);

#endif
