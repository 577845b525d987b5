using System.Buffers;
using System.Text;
using System.Text.Json;
using Parley.Documents;
using Parley.Serialization;

namespace Parley.Cli.Output;

/// <summary>
/// JSON output. As JSON Lines, one compact object per document. As JSON, one indented object for a
/// single document and an array for several; only the first document is held back to decide which,
/// so memory stays bounded however many documents follow.
/// </summary>
public sealed class JsonExtractOutput(TextWriter output, bool lines, bool includeText, bool explain) : IExtractOutput
{
    // One buffer and one JSON writer serve every document: an article's JSON is often over 85 KB, and a
    // new stream and string for each would go to the large object heap and cost a full collection now and then.
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    private Utf8JsonWriter? writer;
    private char[] chars = [];
    private string? held;
    private int count;

    /// <inheritdoc />
    public void Write(Document document)
    {
        Serialize(document);
        count++;
        if (lines)
        {
            WriteLine();
            return;
        }
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (count == 1)
        {
            held = json;
            return;
        }
        if (count == 2)
        {
            output.WriteLine("[");
            output.Write(Indent(held!));
            held = null;
        }
        output.WriteLine(",");
        output.Write(Indent(json));
    }

    /// <inheritdoc />
    public void Complete()
    {
        if (lines)
            return;
        if (count == 0)
            output.WriteLine("[]");
        else if (count == 1)
            output.WriteLine(held);
        else
            output.WriteLine("\n]");
        output.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        writer?.Dispose();
        output.Flush();
    }

    private void Serialize(Document document)
    {
        buffer.ResetWrittenCount();
        if (writer is null)
            writer = new Utf8JsonWriter(buffer, ExtractJsonWriter.Options(indented: !lines));
        else
            writer.Reset(buffer);
        ExtractJsonWriter.Write(writer, document, includeText, explain);
        writer.Flush();
    }

    /// <summary>Writes the serialized document and a line end: as UTF-8 bytes straight to the stream under a UTF-8 writer, else as text.</summary>
    private void WriteLine()
    {
        var json = buffer.WrittenSpan;
        if (output is StreamWriter { Encoding.CodePage: 65001 } stream)
        {
            stream.Flush();
            stream.BaseStream.Write(json);
        }
        else
        {
            // UTF-8 never takes fewer bytes than UTF-16 takes chars.
            if (chars.Length < json.Length)
                chars = new char[Math.Max(json.Length, chars.Length * 2)];
            output.Write(chars, 0, Encoding.UTF8.GetChars(json, chars));
        }
        output.WriteLine();
    }

    private static string Indent(string json) => "  " + json.Replace("\n", "\n  ", StringComparison.Ordinal);
}
