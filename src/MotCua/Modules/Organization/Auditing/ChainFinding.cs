namespace MotCua.Modules.Organization.Auditing;

/// <summary>What is wrong with a keyed chain (ADR-027).</summary>
internal enum ChainProblem
{
    /// <summary>An entry's seal does not recompute: its content, key id or link was changed without the key.</summary>
    EntryChanged = 1,

    /// <summary>Entries are missing, out of order or do not link to the one before.</summary>
    EntryMissing = 2,

    /// <summary>The count or last seal stored with the record does not match the chain: entries were removed from the end.</summary>
    HeadChanged = 3,

    /// <summary>The dossier row differs from the state the last entry sealed (a field changed outside the application).</summary>
    StateChanged = 4,

    /// <summary>An entry names a key that is not configured; it cannot be verified.</summary>
    UnknownKey = 5,

    /// <summary>The chain (or its end) is not sealed with a key.</summary>
    Unsealed = 6,

    /// <summary>An entry names a format this version of the application does not know (written by a newer one, or changed).</summary>
    UnknownFormat = 7,
}

/// <summary>The first problem found in one chain: at which entry, and what.</summary>
/// <param name="Sequence">The entry where the chain stops holding; one past the last entry for problems of the head or state.</param>
/// <param name="Detail">The unknown key id or format, when there is one.</param>
internal sealed record ChainFinding(long Sequence, ChainProblem Problem, string? Detail = null);
