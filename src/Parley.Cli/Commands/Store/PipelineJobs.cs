using System.Collections.Concurrent;

namespace Parley.Cli.Commands.Store;

/// <summary>
/// The threads ingest's pipeline runs on with <c>--jobs</c> 2 or more: dedicated threads that yield the processor to
/// the writer. On two cores the two jobs and the writer share the processors alike, so the writer, which needs about
/// half of what the pipeline needs, fell behind by up to the queue's few hundred articles, and wrote them alone on
/// one core once the pipeline had finished (a quarter of the run's wall time under load). Given the jobs a lower
/// priority, the writer runs whenever it has documents and the jobs take what it leaves: it keeps up, and both cores
/// stay busy to the end. Own threads, not the pool's, so that nothing else runs at their priority.
/// </summary>
internal sealed class PipelineJobs : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> tasks = [];
    private readonly Thread[] threads;

    /// <summary>Starts <paramref name="count"/> threads.</summary>
    public PipelineJobs(int count)
    {
        threads = new Thread[count];
        for (var i = 0; i < count; i++)
        {
            threads[i] = new Thread(Run) { IsBackground = true, Name = "Parley pipeline job" };
            threads[i].Start();
        }
    }

    /// <inheritdoc />
    public override int MaximumConcurrencyLevel => threads.Length;

    /// <summary>Lets the threads finish the tasks queued and end.</summary>
    public void Dispose()
    {
        tasks.CompleteAdding();
        foreach (var thread in threads)
            thread.Join();
        tasks.Dispose();
    }

    /// <inheritdoc />
    protected override void QueueTask(Task task) => tasks.Add(task);

    // A thread waiting for a job's result does not run it itself: that would run the pipeline at the reader's priority.
    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    /// <inheritdoc />
    protected override IEnumerable<Task> GetScheduledTasks() => tasks.ToArray();

    private void Run()
    {
        ThreadPriorities.LowerCurrent();
        foreach (var task in tasks.GetConsumingEnumerable())
            TryExecuteTask(task);
    }
}
