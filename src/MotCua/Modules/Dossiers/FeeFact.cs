namespace MotCua.Modules.Dossiers;

/// <summary>A fact about a dossier's fees that its history records (NĐ 61/2018/NĐ-CP Điều 22); the status does not change.</summary>
internal enum FeeFact
{
    /// <summary>A fee was asked for.</summary>
    Requested,

    /// <summary>A fee was paid: a receipt (biên lai) was issued.</summary>
    Paid,

    /// <summary>A request was withdrawn (waived, or replaced by another).</summary>
    Cancelled,
}
