using Banwatch.Core.Treaty;

namespace Banwatch.Core.Tests.Treaty;

/// <summary>
/// Art. 18: "Any State may, at the time of its ratification, acceptance, approval or accession, declare that it
/// will apply provisionally Article 1 of this Convention pending its entry into force for that State."
/// </summary>
public class Article18Tests
{
    private static readonly DateOnly Declared = new(2012, 7, 17);
    private static readonly DateOnly EntryIntoForce = new(2013, 1, 1);

    [Fact]
    public void Not_applying_before_the_declaration() =>
        Assert.False(Article18.IsProvisionallyApplying(Declared, EntryIntoForce, Declared.AddDays(-1)));

    [Fact]
    public void Applying_from_the_day_of_the_declaration() =>
        Assert.True(Article18.IsProvisionallyApplying(Declared, EntryIntoForce, Declared));

    [Fact]
    public void Provisional_application_ends_when_the_Convention_enters_into_force_for_the_state() =>
        Assert.False(Article18.IsProvisionallyApplying(Declared, EntryIntoForce, EntryIntoForce));

    [Fact]
    public void No_declaration_means_no_provisional_application() =>
        Assert.False(Article18.IsProvisionallyApplying(null, EntryIntoForce, Declared));
}
