using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Common.Web;

namespace MotCua.Modules.Catalog.SearchProcedures;

internal static class SearchProceduresEndpoint
{
    public static RouteGroupBuilder MapSearchProcedures(this RouteGroupBuilder group)
    {
        group.MapGet("/", SearchAsync)
            .WithParameters(ProcedureQuery.Parameters)
            .WithName("SearchProcedures")
            .WithSummary("Search the published procedures")
            .WithDescription("Free text `q` ignores Vietnamese diacritics and case (`dang ky ket hon` finds `Đăng ký kết hôn`); "
                + "name matches rank first, then code, then other text. Filters: `field` (field code), `agency` (agency code), "
                + "`level` (TINH, XA, …), `online` (full, partial, none). Paging: `page` ≥ 1, `pageSize` 1–100 (default 20).");
        return group;
    }

    private static async Task<Results<Ok<ProcedurePage>, ValidationProblem>> SearchAsync(
        string? q, string? field, string? agency, string? level, string? online, string? page, string? pageSize,
        AppDbContext db, PublishedCatalogCache catalog, CancellationToken cancellationToken)
    {
        var (query, failures) = ProcedureQuery.Parse(q, field, agency, level, online, page, pageSize);
        if (query is null)
        {
            return TypedResults.ValidationProblem(failures.ToProblemErrors(), title: ResourceText.Get<CatalogText>("Api_SearchInvalid"));
        }

        return TypedResults.Ok((await catalog.GetAsync(db, cancellationToken)).Search(query));
    }
}
