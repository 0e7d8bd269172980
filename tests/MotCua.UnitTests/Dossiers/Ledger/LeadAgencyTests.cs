using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Ledger;

namespace MotCua.UnitTests.Dossiers.Ledger;

public sealed class LeadAgencyTests
{
    private static readonly Guid Centre = Guid.NewGuid();
    private static readonly PublishedAgency Justice = new(Guid.NewGuid(), "H99.10", "Sở Tư pháp", AgencyRole.Performing);
    private static readonly PublishedAgency Committee = new(Guid.NewGuid(), "H99", "UBND tỉnh", AgencyRole.Deciding);
    private static readonly PublishedAgency AnBinh = new(Guid.NewGuid(), "H99.20.01", "UBND xã An Bình", AgencyRole.Performing);
    private static readonly PublishedAgency TanPhu = new(Guid.NewGuid(), "H99.20.02", "UBND xã Tân Phú", AgencyRole.Performing);

    [Fact]
    public void The_receiving_agency_leads_when_the_catalogue_lists_it() =>
        LeadAgency.Of([AnBinh, TanPhu], AnBinh.AgencyId).ShouldBe("UBND xã An Bình");

    [Fact]
    public void A_service_centre_forwards_to_the_one_performing_agency() =>
        LeadAgency.Of([Committee, Justice], Centre).ShouldBe("Sở Tư pháp");

    [Fact]
    public void The_one_deciding_agency_leads_when_none_performs() =>
        LeadAgency.Of([Committee, Justice with { Role = AgencyRole.Coordinating }], Centre).ShouldBe("UBND tỉnh");

    [Fact]
    public void Several_candidates_and_none_of_them_receiving_leave_the_cell_blank()
    {
        LeadAgency.Of([AnBinh, TanPhu], Centre).ShouldBeNull();
        LeadAgency.Of([], Centre).ShouldBeNull();
    }
}
