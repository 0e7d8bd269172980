using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MotCua.Modules.Organization.Auditing;

/// <summary>
/// The bytes an audit chain hashes: fields in a fixed order, each written with its length or a null marker, so no two
/// different records share a serialisation. Uses a pooled buffer: it runs on every dossier change (dispose it).
/// Instants are written in whole microseconds, what PostgreSQL keeps, so a record reads back with the same bytes.
/// </summary>
internal sealed class Canonical : IDisposable
{
    private byte[] _buffer;
    private int _length;

    /// <summary>Starts with a tag naming what is serialised, so a record of one kind never verifies as another.</summary>
    public Canonical(string tag)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(1024);
        Add(tag);
    }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Add(string? value)
    {
        if (value is null)
        {
            Add(-1);
            return;
        }

        var count = Encoding.UTF8.GetByteCount(value);
        Add(count);
        Encoding.UTF8.GetBytes(value, Reserve(count));
    }

    public void Add(int value) => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), value);

    public void Add(long value) => BinaryPrimitives.WriteInt64BigEndian(Reserve(8), value);

    public void Add(bool value) => Reserve(1)[0] = value ? (byte)1 : (byte)0;

    public void Add(int? value)
    {
        Add(value.HasValue);
        if (value is { } v)
        {
            Add(v);
        }
    }

    public void Add(Guid value) => value.TryWriteBytes(Reserve(16), bigEndian: true, out _);

    public void Add(Guid? value)
    {
        Add(value.HasValue);
        if (value is { } v)
        {
            Add(v);
        }
    }

    public void Add(DateTime value) => Add(value.Ticks / 10);

    public void Add(DateTime? value)
    {
        Add(value.HasValue);
        if (value is { } v)
        {
            Add(v);
        }
    }

    public void Add(DateOnly? value) => Add(value?.DayNumber);

    public void Add(TimeOnly value) => Add(value.Ticks / 10);

    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(Written));

    /// <summary>HMAC-SHA256 of the bytes with <paramref name="key"/>, lower-case hex.</summary>
    public string Hmac(byte[] key) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Written));

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            Written.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
