namespace MotCua.Modules.Catalog;

/// <summary>
/// How an agency handles one of its procedures at its Bộ phận Một cửa (TT 01/2018/TT-VPCP Điều 3–4, NĐ 61/2018 Điều 14):
/// the agency's danh mục TTHC tiếp nhận, trả kết quả và giải quyết tại Bộ phận Một cửa. Stored by name.
/// </summary>
internal enum OneStopHandling
{
    /// <summary>Received and returned elsewhere although the procedure could go through the one-stop unit.</summary>
    Elsewhere = 1,

    /// <summary>Tiếp nhận và trả kết quả tại Bộ phận Một cửa; decided by the agency's specialised units.</summary>
    ReceivedAndReturned,

    /// <summary>Giải quyết tại Bộ phận Một cửa (received, decided and returned there, by delegation or assignment).</summary>
    Decided,

    /// <summary>Không thuộc diện: the law has the dossier received elsewhere (e.g. at the site), so it is not eligible.</summary>
    NotEligible,
}

/// <summary>
/// One line of an agency's one-stop list as other modules read it: the procedure, how it is handled, when its posting was
/// declared. A class with settable members so that a query can still filter on them after the projection.
/// </summary>
internal sealed class OneStopEntry
{
    public Guid AgencyId { get; init; }

    public string ProcedureCode { get; init; } = "";

    public OneStopHandling Handling { get; init; }

    public DateOnly? PostedOn { get; init; }
}
