using System.Text;
using Parley.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return await ParleyCli.RunAsync(args, CliIo.System());
