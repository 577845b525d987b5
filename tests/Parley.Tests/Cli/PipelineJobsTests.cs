using System.Globalization;
using Parley.Cli.Commands.Store;

namespace Parley.Tests.Cli;

/// <summary>
/// Ingest's pipeline jobs run on threads of their own at a lower priority than the writer's, so that the writer keeps
/// up with them on few cores; every task given to them runs, and disposing waits for the last.
/// </summary>
public sealed class PipelineJobsTests
{
    [Fact]
    public void Jobs_RunEveryTask_OnTheirOwnThreads_AndDisposeWaitsForThem()
    {
        var ran = 0;
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, byte>();
        Task<int>[] tasks;
        using (var jobs = new PipelineJobs(2))
        {
            Assert.Equal(2, jobs.MaximumConcurrencyLevel);
            tasks = Enumerable.Range(0, 50).Select(i => Task.Factory.StartNew(() =>
            {
                threads[Environment.CurrentManagedThreadId] = 0;
                Interlocked.Increment(ref ran);
                return i * i;
            }, CancellationToken.None, TaskCreationOptions.None, jobs)).ToArray();
        }

        Assert.Equal(50, ran);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => i * i), tasks.Select(t => t.Result));
        Assert.InRange(threads.Count, 1, 2);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads.Keys);
    }

    [Fact]
    public async Task Jobs_OnLinux_RunNicerThanTheThreadThatStartedThem()
    {
        if (!OperatingSystem.IsLinux())
            return;
        // Read here, before the await: its continuation may run on the job's thread.
        var starter = CurrentNiceness();
        int niceness;
        using (var jobs = new PipelineJobs(1))
            niceness = await Task.Factory.StartNew(CurrentNiceness, CancellationToken.None, TaskCreationOptions.None, jobs);

        Assert.Equal(Math.Min(19, starter + 5), niceness);
    }

    /// <summary>The calling thread's niceness: the 19th field of its <c>stat</c>, after the parenthesised name.</summary>
    private static int CurrentNiceness()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture);
    }
}
