"""CPU time of the portal and of its PostgreSQL, in clock ticks (1/100 s), from /proc."""
import os


def _ticks(pid):
    try:
        with open(f'/proc/{pid}/stat') as stat:
            fields = stat.read().rsplit(')', 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (FileNotFoundError, ProcessLookupError):
        return 0


def portal_ticks(pid):
    return _ticks(pid)


def postgres_ticks(data_dir):
    """The postmaster named in the data folder's postmaster.pid and every process it started."""
    with open(os.path.join(data_dir, 'postmaster.pid')) as pid_file:
        postmaster = int(pid_file.readline())
    total = _ticks(postmaster)
    for entry in os.listdir('/proc'):
        if entry.isdigit():
            try:
                with open(f'/proc/{entry}/stat') as stat:
                    if int(stat.read().rsplit(')', 1)[1].split()[1]) == postmaster:
                        total += _ticks(int(entry))
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                pass
    return total


if __name__ == '__main__':
    import sys
    print(portal_ticks(int(sys.argv[1])), postgres_ticks(sys.argv[2]))
