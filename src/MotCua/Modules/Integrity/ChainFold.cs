using System.Security.Cryptography;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Integrity;

/// <summary>A running SHA-256 fold over dossier history ends, in the order they are added.</summary>
internal sealed class ChainFold : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _root;

    public int Count { get; private set; }

    public long Events { get; private set; }

    /// <summary>The fold's hash (hex); adding stops once it is read.</summary>
    public string Root => _root ??= Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Add(Guid dossierId, int eventCount, string lastHash)
    {
        using var c = new Canonical("dossier-head/1");
        c.Add(dossierId);
        c.Add(eventCount);
        c.Add(lastHash);
        _hash.AppendData(c.Written);
        Count++;
        Events += eventCount;
    }

    public void Dispose() => _hash.Dispose();
}
