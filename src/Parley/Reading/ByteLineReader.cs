using System.Buffers;

namespace Parley.Reading;

/// <summary>
/// Splits a stream into lines of raw bytes with bounded memory: a line longer than the limit is
/// reported as too long and skipped without being held, so one huge line cannot exhaust memory.
/// </summary>
public sealed class ByteLineReader(Stream stream, int maxLineBytes) : IDisposable
{
    private byte[] chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
    private byte[] line = ArrayPool<byte>.Shared.Rent(1 << 12);
    private int chunkStart;
    private int chunkEnd;

    /// <summary>One line: its number, its bytes (valid until the next call), and whether it was cut for length.</summary>
    public readonly record struct Line(int Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

    /// <summary>The lines in order; the bytes of each are valid only until the next is read.</summary>
    public IEnumerable<Line> ReadLines(CancellationToken cancellationToken)
    {
        var number = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (length, tooLong, ended) = ReadOneLine();
            if (ended && length == 0 && !tooLong)
                yield break;
            number++;
            var bytes = line.AsMemory(0, length);
            if (bytes.Length > 0 && bytes.Span[^1] == (byte)'\r')
                bytes = bytes[..^1];
            yield return new Line(number, bytes, tooLong);
            if (ended)
                yield break;
        }
    }

    private (int Length, bool TooLong, bool Ended) ReadOneLine()
    {
        var length = 0;
        var tooLong = false;
        while (true)
        {
            if (chunkStart == chunkEnd)
            {
                chunkStart = 0;
                chunkEnd = stream.Read(chunk, 0, chunk.Length);
                if (chunkEnd == 0)
                    return (length, tooLong, true);
            }
            var available = chunk.AsSpan(chunkStart, chunkEnd - chunkStart);
            var newline = available.IndexOf((byte)'\n');
            var piece = newline < 0 ? available : available[..newline];
            if (!tooLong && length + piece.Length > maxLineBytes)
            {
                tooLong = true;
                length = 0;
            }
            if (!tooLong)
            {
                EnsureCapacity(length + piece.Length);
                piece.CopyTo(line.AsSpan(length));
                length += piece.Length;
            }
            chunkStart += newline < 0 ? available.Length : newline + 1;
            if (newline >= 0)
                return (length, tooLong, false);
        }
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= line.Length)
            return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, line.Length * 2));
        line.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(line);
        line = larger;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(chunk);
        ArrayPool<byte>.Shared.Return(line);
        chunk = line = [];
    }
}
