namespace MotCua.Modules.Catalog;

/// <summary>
/// What the catalogue shows of the feedback on a procedure (ADR-046 §6): the port Catalog declares so that it never names
/// the Feedback module, which implements it (ADR-035).
/// </summary>
internal interface IProcedurePetitions
{
    /// <summary>How many PAKN about the procedure with this code have a published answer.</summary>
    Task<int> PublishedAnswerCountAsync(string procedureCode, CancellationToken cancellationToken);

    /// <summary>The open proposals to review the procedure with this code, oldest first.</summary>
    Task<IReadOnlyList<ProcedureReviewProposal>> OpenProposalsAsync(string procedureCode, CancellationToken cancellationToken);
}

/// <summary>An open proposal to review a procedure (đề xuất rà soát TTHC): the PAKN it came from and what it proposes.</summary>
/// <param name="Link">The page where the proposal is handled.</param>
internal sealed record ProcedureReviewProposal(string PetitionCode, DateTime CreatedAt, string Proposal, string Link);
