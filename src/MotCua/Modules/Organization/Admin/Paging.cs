namespace MotCua.Modules.Organization.Admin;

/// <summary>A page of a list: which page, how many per page, how many in total, and the query to keep in page links.</summary>
internal sealed record Paging(int Page, int PageSize, int Total, IReadOnlyDictionary<string, string?> Query)
{
    public const int DefaultPageSize = 20;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Clamps a requested page number into 1..pages.</summary>
    public static int Clamp(int requested, int total, int pageSize) =>
        Math.Clamp(requested, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

    public int Skip => (Page - 1) * PageSize;
}
