using System.Runtime.InteropServices;

namespace Parley.Cli.Commands.Store;

/// <summary>Lowers a thread's scheduling priority, so that the process's other threads run first when the processors are short.</summary>
internal static class ThreadPriorities
{
    /// <summary>
    /// How much nicer the calling thread is made on Linux (niceness runs from -20 to 19, the lowest priority): its
    /// share of a processor against a thread of the process left as it was falls to about a third, a mild step that
    /// still leaves it a fair part against other processes' work.
    /// </summary>
    private const int NicenessStep = 5;

    private const int LowestPriority = 19;

    private const int PriorityOfProcess = 0; // PRIO_PROCESS: on Linux, with a thread id, that one thread.

    /// <summary>
    /// Lowers the calling thread's priority. On Linux <see cref="Thread.Priority"/> changes nothing, so the thread's
    /// niceness is raised instead (which needs no privilege); a refusal leaves it as it was.
    /// </summary>
    public static void LowerCurrent()
    {
        if (!OperatingSystem.IsLinux())
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
            return;
        }
        try
        {
            // Relative to what the thread inherited, so that a process started nicer (nice -n 10 parley ingest) keeps its order.
            var thread = GetThreadId();
            var niceness = GetPriority(PriorityOfProcess, thread);
            _ = SetPriority(PriorityOfProcess, thread, Math.Min(LowestPriority, niceness + NicenessStep));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without them (gettid came with glibc 2.30): the thread keeps its priority.
        }
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "getpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetThreadId();
}
