"""Common given names with a clear gender, written for pronoun resolution ("she said").

A small list of our own (no external name data): names used for both genders in
news (Jordan, Morgan, Kim, Jean, Andrea, Sasha, ...) are left out on purpose, so
an unlisted name simply has no gender and the resolver falls back to the text.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GivenNames"]

_MALE = """
aaron abdul abdullah adam adrian ahmed ahmad alan albert alberto alejandro aleksandr alex
alexander alexandre alexei alexey alfonso ali alistair allan amir anatoly andre andrei
andres andrew andrey andy angus anthony anton antonio antoine ari arnold arthur austin
barack barry ben benjamin benoit bernard bill billy bob boris brad bradley brandon brendan
brent brett brian bruce bryan byron caleb calvin cameron carl carlos cedric cesar chad
charles charlie chris christian christopher chuck clarence claude clint colin conor connor
craig dale dan daniel danny darren dave david dean denis dennis derek dmitry dmitri dominic
don donald doug douglas duncan dustin dwayne dwight earl ed eddie edward elon emmanuel
enrique eric erik ernest ethan eugene evan fernando francis francisco frank franklin fred
frederick gabriel gareth garry gary gavin george gerald gerard giorgio giuseppe glen glenn
gordon graham grant greg gregory guillaume gustavo guy hank hans harold harry harvey hassan
hector henry herbert howard hugh hugo hussein ian igor isaac ivan jack jacob jacques jake
james jamie jared jason javier jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel
johan john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith
ken kenneth kevin khalid kirk konstantin kurt kyle lance larry lawrence leo leon leonard
leonid liam lloyd logan lorenzo louis luc lucas luis luke malcolm manuel marc marcel marco
marcus mario mark marshall martin matt matthew maurice max maxim maxime michael michel
miguel mike mikhail miles mitch mohamed mohammad mohammed muhammad nathan neil nicholas nick
nicolas nigel nikolai noah norman oleg oliver omar oscar owen patrick paul pavel pedro peter
phil philip philippe pierre pyotr rafael ralph randy raul ray raymond reginald rex ricardo
richard rick rob robert roberto rod rodney roger roman ron ronald ross roy russell ryan sam
samuel scott sean sebastian sergei sergey seth shane shawn simon stanley stefan stephen
steve steven stuart ted terry theodore thomas tim timothy todd tom tommy tony travis trevor
troy tyler victor vincent vitaly vladimir walter warren wayne wesley will william yuri yury
zach zachary sergio stephane jean-francois jean-pierre jean-marc vasily vyacheslav dmitriy
yevgeny evgeny gennady valery
"""

_FEMALE = """
abigail ada adriana agnes aisha alexandra alexis alice alicia alina alison allison amanda
amber amelia amy ana anastasia angela angelina anita ann anna anne annette annie antonia
april ashley audrey barbara beatrice becky belinda bernadette beth bethany betty beverly
bonnie brenda brianna bridget brittany brooke caitlin camille carla carmen carol caroline
carolyn carrie catherine cathy cecilia celine charlotte chelsea cheryl chloe christina
christine cindy claire clara claudia colleen connie courtney cynthia daisy dana danielle
daria dawn deborah debra denise diana diane donna doris dorothy edith elaine eleanor elena
elisabeth elizabeth ella ellen elsa emily emma erica erin esther eva evelyn fatima fiona
florence frances francesca gabriela gabrielle gail gina giulia gloria grace gwen hannah
harriet heather heidi helen helena hilary hillary holly ingrid irene iris irina isabel
isabella isabelle jacqueline jane janet janice jasmine jeanne jennifer jenny jessica jill
joan joanna jocelyn josephine joy joyce judith judy julia julie juliet june karen karina
katherine kathleen kathryn kathy katie katrina kay kelly kristen kristin lara laura lauren
leah leila lena lila lillian linda lisa liz lois lorna louise lucia lucy lydia lynn
madeleine madison maggie mandy margaret maria marie marilyn marina marion marjorie martha
mary maryam maureen megan melanie melinda melissa meredith mia michelle mildred miranda
molly monica nadia nadezhda nancy naomi natalia natalie natasha nicole nina nora olga olivia
pam pamela patricia paula pauline peggy penny philippa phyllis priscilla rachel rebecca
regina renee rita roberta rosa rose rosemary ruth sabrina sally samantha sandra sara sarah
sharon sheila shirley silvia sofia sonia sophia sophie stacey stella stephanie susan suzanne
svetlana sylvia tamara tanya tara teresa theresa tiffany tina tracy ursula valentina valerie
vanessa vera veronica victoria virginia vivian wanda wendy whitney yolanda yvonne zoe zoya
ekaterina yekaterina tatiana tatyana lyudmila valentina marta agnieszka
"""


@dataclass(frozen=True)
class GivenNames:
    """Given names by gender; build once per process with `GivenNames.build()`."""

    male: frozenset[str]
    female: frozenset[str]

    @classmethod
    def build(cls) -> GivenNames:
        male, female = frozenset(_MALE.split()), frozenset(_FEMALE.split())
        return cls(male - female, female - male)

    def gender(self, name: str) -> str | None:
        """ "m" or "f" for a full name whose first word is a listed given name, else None."""
        parts = name.replace(".", " ").split()
        if len(parts) < 2:
            return None
        first = parts[0].casefold()
        if first in self.male:
            return "m"
        if first in self.female:
            return "f"
        return None
