using System.Text;
using Parley.Cli;

// Results go through one large buffer: Console.Out flushes on every write, which costs a system call
// per line when extracting hundreds of thousands of documents.
await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var io = CliIo.System() with { Out = output };
try
{
    return await ParleyCli.RunAsync(args, io);
}
finally
{
    await output.FlushAsync();
}
