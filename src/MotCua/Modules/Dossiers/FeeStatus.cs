namespace MotCua.Modules.Dossiers;

/// <summary>Whether the fees of the procedure were collected when the result was returned.</summary>
internal enum FeeStatus
{
    /// <summary>The procedure has no fee, or it is waived.</summary>
    NotApplicable = 0,

    /// <summary>Đã thu phí, lệ phí.</summary>
    Paid = 1,

    /// <summary>Chưa thu.</summary>
    Unpaid = 2,
}
