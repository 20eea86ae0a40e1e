"""Writes one blind-set writer's prompt: the brief (brief.md beside this file) with the writer's folder and ten genres.

    python3 eval/writers/genres.py SET LETTER THEME SEED ROOT OUT
    e.g. python3 eval/writers/genres.py 39 a A 311 /work /tmp/prompts   # -> /tmp/prompts/prompt_39a.md, folder /work/heldout39/a

THEME is A (meetings), B (list-like and legal texts), C (stockpiles, clearance, funding) or D (positions); SEED picks
the ten genres of the theme's twenty. A helper session is then started with "Read the file PROMPT and carry out the
task it describes exactly, obeying every rule in it."
"""
import os
import random
import sys

pools = {
"A": [
 "wire report on the Oslo conference of February 2007 and the states that joined its declaration",
 "NGO daily bulletin from the Lima meeting (May 2007)",
 "government press release on the Vienna conference (December 2007) by a participating ministry",
 "Wellington conference closing report (February 2008) with the states subscribing to the declaration",
 "regional conference report (Livingstone, San José, Belgrade, Bangkok or Vientiane 2008) with participant list",
 "Dublin Diplomatic Conference day-by-day diary (May 2008) by a campaigner",
 "report of the signing conference in Oslo (3-4 December 2008), speakers and signers",
 "First Meeting of States Parties (Vientiane 2010) summary with the host and speakers",
 "Meeting of States Parties (any of 2MSP-13MSP) session summary record, UN style, third person",
 "Review Conference (Dubrovnik 2015, or the Second Review Conference 2020-21) outcome report",
 "intersessional meeting notes in Geneva with session co-chairs and coordinators",
 "regional universalization workshop report (Africa, Pacific, Asia or Latin America) with attendees and hosts",
 "UN General Assembly First Committee meeting summary on the CCM resolution with explanations of vote",
 "minutes of a working group of the CCM Coordination Committee",
 "opening statement of a meeting's President, first person, reviewing the year",
 "press conference transcript at the close of a Meeting of States Parties",
 "CMC campaigner's blog post from the corridors of a meeting",
 "diplomatic cable style report by an observer state's delegation to its capital",
 "parliamentary delegation report on attending a Meeting of States Parties",
 "news story on a state's delegation walking out or refusing to attend a meeting",
],
"B": [
 "plain-text table of signatures on 3 December 2008 by region",
 "list of ratifications deposited in one year with dates, as a campaign tracker",
 "signatories that have not ratified, with notes on national procedures per state",
 "accessions since entry into force, with the states that have begun accession procedures",
 "national implementation legislation list (laws adopted, bills pending, states relying on existing law)",
 "Article 7 transparency reports: submitted, late and missing, by state",
 "Monitor-style country profile of a State Party (policy, stockpile, use, transfer, clearance)",
 "Monitor-style country profile of a non-signatory (policy, production, use, votes)",
 "Q&A factsheet on the treaty's status for journalists",
 "legal analysis of Article 21 and interoperability with national statements by named states",
 "parliamentary record of a ratification bill's passage (committee stage, vote, royal or presidential assent)",
 "government gazette style notice of accession or ratification and a cabinet decision",
 "timeline of the Oslo Process with one line per event",
 "state-by-state summary of stockpile declarations and destruction deadlines",
 "list of States Parties with clearance obligations and their Article 4 deadlines, extension requests",
 "observers at a Meeting of States Parties listed by category (signatories, non-signatories, organisations)",
 "anniversary factsheet (5, 10 or 15 years of the Convention) with counts and named states",
 "depositary notification summaries (UN Treaty Section style), one paragraph each",
 "encyclopedia-style article on a state's relationship with the Convention",
 "withdrawal notification and reactions, as a legal chronology",
],
"C": [
 "Monitor-style clearance chapter for one affected state (Lao PDR, Lebanon, Iraq, Viet Nam, Cambodia, Croatia or Chile)",
 "press release announcing completion of stockpile destruction by a State Party",
 "progress report on stockpile destruction by several states, some finished and some still destroying",
 "donor roundup: states funding clearance and victim assistance in a year, amounts and recipients",
 "ministry press release announcing a pledge at a conference",
 "NGO field report from a clearance operator, naming the funding governments",
 "news story on a state completing clearance of cluster munition remnants",
 "Article 4 extension request summary and the analysing group's comments",
 "national statement on stockpile destruction delivered at a meeting, first person",
 "editorial on a producer state's moratorium or national ban on cluster munitions",
 "defence ministry announcement removing cluster munitions from service",
 "investment and financing report: states with laws banning investment in producers",
 "victim assistance review naming states with programmes and their donors",
 "cooperation and assistance workshop summary: requests, offers, partnerships",
 "year-in-review press release of the Implementation Support Unit",
 "wire story on contamination found and clearance under way in a non-signatory",
 "technical report on destruction methods with named states and partners",
 "bilateral agreement announcement between a donor and an affected state",
 "audit or parliamentary question on a state's funding of clearance",
 "blog post by a deminer about work in an affected country and who pays for it",
],
"D": [
 "wire story on new use of cluster munitions and the condemnations that followed",
 "government statement explaining why it will not join the Convention",
 "op-ed by a campaigner urging a named non-signatory to join",
 "UN Secretary-General or UN agency message to a meeting, naming states",
 "Security Council or Human Rights Council debate summary with states' positions",
 "news analysis of the transfer of cluster munitions to Ukraine and allies' reactions",
 "regional organisation summit declaration coverage (AU, ASEAN, OAS, Pacific Islands Forum) and states' stances",
 "interview with a foreign minister on the Convention, question and answer",
 "CCW negotiations on a cluster munition protocol (2008-2011): who backed and who opposed it",
 "news on a parliament debating withdrawal from the Convention, with neighbours' reactions",
 "press release of a national campaign urging its government to ratify",
 "Human Rights Watch style report chapter on a conflict, with states' responses",
 "ministry statement on the Lima or Wellington discussion text, pressing for exceptions",
 "news story on a state's defence review and its position on cluster munitions",
 "UNGA resolution vote coverage: yes, no, abstaining states and explanations",
 "joint statement by a group of states condemning use, with signatories listed",
 "news on a state's court ruling or law on cluster munitions",
 "think-tank brief comparing positions of major producers (US, Russia, China, Israel, India, Pakistan)",
 "EU or Nordic joint statement at a meeting and which states aligned",
 "retrospective feature on the Oslo Process by a journalist who covered it",
],
}
setno, letter, theme, seed, root, out_dir = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]
items = random.Random(seed).sample(pools[theme], 10)
folder = f"{root}/heldout{setno}/{letter}"
text = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "brief.md")).read()
text += f"\n## Your folder and genres\n\nYour folder: `{folder}` (create it). Every other `{root}/heldout*` folder is off limits.\n\nYour ten genres, one document each, in this order:\n\n"
text += "\n".join(f"{i + 1:02d}. {g}" for i, g in enumerate(items)) + "\n"
os.makedirs(out_dir, exist_ok=True)
path = os.path.join(out_dir, f"prompt_{setno}{letter}.md")
open(path, "w").write(text)
print(path)
