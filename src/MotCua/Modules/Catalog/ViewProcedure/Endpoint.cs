using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Common.Data;

namespace MotCua.Modules.Catalog.ViewProcedure;

internal static class GetProcedureEndpoint
{
    public static RouteGroupBuilder MapGetProcedure(this RouteGroupBuilder group)
    {
        group.MapGet("/{code}", GetAsync)
            .WithName("GetProcedure")
            .WithSummary("The published version of a procedure, with every component")
            .WithDescription("`code` is the national procedure code (mã TTHC), e.g. `2.000635`. 404 when no published procedure has it.");
        return group;
    }

    private static async Task<Results<Ok<ProcedureDetails>, ProblemHttpResult>> GetAsync(string code, AppDbContext db, CancellationToken cancellationToken)
    {
        var details = code.Length > Data.Procedure.CodeMaxLength ? null : await ProcedureDetails.LoadAsync(db, code.Trim(), cancellationToken);
        return details is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy thủ tục hành chính.",
                detail: $"Không có thủ tục hành chính đang có hiệu lực với mã '{code}'.")
            : TypedResults.Ok(details);
    }
}
