/**
 * CAMEO event codes: code, name, Goldstein value (GDELT's table), the ICEWS
 * value where it differs, and the PLOVER 2021 type, mode and context(s).
 * Two rows follow the PLOVER manual where the 2021 crosswalk departs from it:
 * sanctions (163) are SANCTION 'discontinue' (the manual's SANCTION modes), and
 * a change of leadership (0831, CAMEO's only code for a resignation) is RETREAT
 * 'resign' (the manual's RETREAT covers resignations of officials).
 * Codes, names and values are facts of the CAMEO and PLOVER standards.
 * Appeals (02x) have no PLOVER category; they take the type and mode of the
 * parallel demand (10x), since PLOVER folds all requests into REQUEST.
 * Statements (01x) have none (PLOVER dropped them): their type is null.
 *
 * Columns: code, name, goldstein, icews goldstein (if different), plover type, mode, contexts (;-separated)
 */
export const CAMEO_TABLE = `
01	MAKE PUBLIC STATEMENT	0.0				
010	Make statement	0.0				
011	Decline comment	-0.1				
012	Make pessimistic comment	-0.4				
013	Make optimistic comment	0.4				
014	Consider policy option	0.0				
015	Acknowledge or claim responsibility	0.0				
016	Deny responsibility	-2.0	-5.0			
017	Engage in symbolic act	0.0				
018	Make empathetic comment	3.4				
019	Express accord	3.4				
02	APPEAL	3.0		REQUEST		
020	Make an appeal or request	3.0		REQUEST		
021	Appeal for material cooperation	3.4		REQUEST	assist	
0211	Appeal for economic cooperation	3.4		REQUEST	assist	economic
0212	Appeal for military cooperation	3.4		REQUEST	assist	military
0213	Appeal for judicial cooperation	3.4		REQUEST	assist	legal
0214	Appeal for intelligence	3.4		REQUEST	assist	intelligence
022	Appeal for diplomatic cooperation (such as policy support)	3.2	3.4	REQUEST	assist	diplomatic
023	Appeal for aid	3.4		REQUEST	assist	
0231	Appeal for economic aid	3.4		REQUEST	assist	economic
0232	Appeal for military aid	3.4		REQUEST	assist	military
0233	Appeal for humanitarian aid	3.4		REQUEST	assist	humanitarian
0234	Appeal for military protection or peacekeeping	3.4		REQUEST	assist	peacekeeping
024	Appeal for political reform	-0.3		REQUEST	change	political_institutions
0241	Appeal for change in leadership	-0.3		REQUEST	change	executive
0242	Appeal for policy change	-0.3		REQUEST	change	executive
0243	Appeal for rights	-0.3		REQUEST	change	rights_freedoms
0244	Appeal for change in institutions, regime	-0.3		REQUEST	change	political_institutions
025	Appeal to yield	-0.3		REQUEST	change	legal
0251	Appeal for easing of administrative sanctions	-0.3		REQUEST	yield	legal
0252	Appeal for easing of political dissent	-0.3		REQUEST	yield	legal
0253	Appeal for release of persons or property	-0.3		REQUEST	yield	legal
0254	Appeal for easing of economic sanctions, boycott, or embargo	-0.3		REQUEST	yield	economic
0255	Appeal for target to allow international involvement (non-mediation)	-0.3		REQUEST	yield	diplomatic
0256	Appeal for de-escalation of military engagement	-0.3		REQUEST	yield	military
026	Appeal to others to meet or negotiate	4.0		REQUEST	meet	diplomatic
027	Appeal to others to settle dispute	4.0		REQUEST	meet	diplomatic
028	Appeal to engage in or accept mediation	4.0		REQUEST	meet	diplomatic
03	EXPRESS INTENT TO COOPERATE	4.0		AGREE		diplomatic
030	Express intent to cooperate	4.0		AGREE		diplomatic
031	Express intent to engage in material cooperation	5.2		AGREE		diplomatic
0311	Express intent to cooperate economically	5.2		AGREE		economic
0312	Express intent to cooperate militarily	5.2		AGREE		military
0313	Express intent to cooperate on judicial matters	5.2		AGREE		legal
0314	Express intent to cooperate on intelligence	5.2		AGREE		intelligence
032	Express intent to engage in diplomatic cooperation (such as policy support)	4.5		AGREE		diplomatic
033	Express intent to provide material aid	5.2		AGREE		diplomatic
0331	Express intent to provide economic aid	5.2		AGREE		economic
0332	Express intent to provide military aid	5.2		AGREE		military
0333	Express intent to provide humanitarian aid	5.2		AGREE		humanitarian
0334	Express intent to provide military protection or peacekeeping	6.0		AGREE		peacekeeping
034	Express intent to institute political reform	7.0		AGREE		political_institutions
0341	Express intent to change leadership	7.0		AGREE		political_institutions
0342	Express intent to change policy	7.0		AGREE		executive
0343	Express intent to provide rights	7.0		AGREE		rights_freedoms
0344	Express intent to change institutions, regime	7.0		AGREE		political_institutions
035	Express intent to yield	7.0		AGREE		
0351	Express intent to ease administrative sanctions	7.0		AGREE		rights_freedoms
0352	Express intent to ease popular dissent	7.0		AGREE		
0353	Express intent to release persons or property	7.0		AGREE		rights_freedoms
0354	Express intent to ease economic sanctions, boycott, or embargo	7.0		AGREE		economic
0355	Express intent to allow international involvement (non-mediation)	7.0		AGREE		diplomatic
0356	Express intent to de-escalate military engagement	7.0		AGREE		military
036	Express intent to meet or negotiate	4.0		AGREE		diplomatic
037	Express intent to settle dispute	5.0		AGREE		diplomatic
038	Express intent to accept mediation	7.0		AGREE		diplomatic
039	Express intent to mediate	5.0		AGREE		diplomatic
04	CONSULT	1.0		CONSULT		
040	Consult	1.0		CONSULT		
041	Discuss by telephone	1.0		CONSULT	phone	
042	Make a visit	1.9		CONSULT	visit	
043	Host a visit	2.8		CONSULT	visit	
044	Meet at a 'third' location	2.5		CONSULT	third-party	
045	Mediate	5.0		CONSULT		diplomatic
046	Engage in negotiation	7.0		CONSULT		diplomatic
05	ENGAGE IN DIPLOMATIC COOPERATION	3.5		SUPPORT		diplomatic
050	Engage in diplomatic cooperation	3.5		SUPPORT		diplomatic
051	Praise or endorse	3.4		SUPPORT		diplomatic
052	Defend verbally	3.5		SUPPORT		diplomatic
053	Rally support on behalf of	3.8		SUPPORT		diplomatic
054	Grant diplomatic recognition	6.0		SUPPORT		diplomatic
055	Apologize	7.0		SUPPORT		diplomatic
056	Forgive	7.0		SUPPORT		diplomatic
057	Sign formal agreement	8.0		SUPPORT		diplomatic
06	ENGAGE IN MATERIAL COOPERATION	6.0		COOPERATE		
060	Engage in material cooperation	6.0		COOPERATE		
061	Cooperate economically	6.4		COOPERATE		economic
062	Cooperate militarily	7.4		COOPERATE		military
063	Engage in judicial cooperation	7.4		COOPERATE		legal
064	Share intelligence or information	7.0		COOPERATE		intelligence
07	PROVIDE AID	7.0		AID		
070	Provide aid	7.0		AID		
071	Provide economic aid	7.4		AID		economic
072	Provide military aid	8.3		AID		military
073	Provide humanitarian aid	7.4		AID		humanitarian
074	Provide military protection or peacekeeping	8.5		AID		peacekeeping
075	Grant asylum	7.0		AID		asylum
08	YIELD	5.0		CONCEDE		
080	Yield	5.0		CONCEDE		
081	Ease administrative sanctions	5.0		CONCEDE		legal
0811	Ease restrictions on political freedoms	5.0		CONCEDE		democracy
0812	Ease ban on political parties or politicians	5.0		CONCEDE		democracy
0813	Ease curfew	5.0		RETREAT		legal
0814	Ease state of emergency or martial law	5.0		RETREAT		legal
082	Ease political dissent	5.0		CONCEDE		democracy
083	Accede to requests or demands for political reform	5.0		CONCEDE		political_institutions
0831	Accede to demands for change in leadership	5.0		RETREAT	resign	political_institutions
0832	Accede to demands for change in policy	5.0		CONCEDE		executive
0833	Accede to demands for rights	5.0		CONCEDE		rights_freedoms
0834	Accede to demands for change in institutions, regime	5.0		CONCEDE		political_institutions
084	Return, release	7.0		RETREAT		
0841	Return, release person(s)	7.0		RETREAT	release	legal
0842	Return, release property	7.0		RETREAT	return	legal
085	Ease economic sanctions, boycott, embargo	7.0		RETREAT	ease	economic
086	Allow international involvement	9.0		RETREAT	access	diplomatic
0861	Receive deployment of peacekeepers	9.0		RETREAT	access	peacekeeping
0862	Receive inspectors	9.0		RETREAT	access	diplomatic
0863	Allow humanitarian access	9.0		RETREAT	access	humanitarian
087	De-escalate military engagement	9.0		RETREAT	disarm	military
0871	Declare truce, ceasefire	9.0		RETREAT	ceasefire	military
0872	Ease military blockade	9.0		RETREAT	withdraw	military
0873	Demobilize armed forces	9.0		RETREAT	disarm	military
0874	Retreat or surrender militarily	10.0		RETREAT	disarm	military
09	INVESTIGATE	-2.0		ACCUSE	investigate	
090	Investigate	-2.0		ACCUSE	investigate	
091	Investigate crime, corruption	-2.0		ACCUSE	investigate	crime;corruption
092	Investigate human rights abuses	-2.0		ACCUSE	investigate	human_rights
093	Investigate military action	-2.0		ACCUSE	investigate	military
094	Investigate war crimes	-2.0		ACCUSE	investigate	military;legal
10	DEMAND	-5.0		REQUEST		
100	Demand	-5.0		REQUEST		
101	Demand material cooperation	-5.0		REQUEST	assist	
1011	Demand economic cooperation	-5.0		REQUEST	assist	economic
1012	Demand military cooperation	-5.0		REQUEST	assist	military
1013	Demand judicial cooperation	-5.0		REQUEST	assist	legal
1014	Demand intelligence cooperation	-5.0		REQUEST	assist	intelligence
102	Demand diplomatic cooperation (such as policy support)	-5.0		REQUEST	assist	diplomatic
103	Demand material aid	-5.0		REQUEST	assist	
1031	Demand economic aid	-5.0		REQUEST	assist	economic
1032	Demand military aid	-5.0		REQUEST	assist	military
1033	Demand humanitarian aid	-5.0		REQUEST	assist	humanitarian
1034	Demand military protection or peacekeeping	-5.0		REQUEST	assist	peacekeeping
104	Demand political reform	-5.0		REQUEST	change	political_institutions
1041	Demand change in leadership	-5.0		REQUEST	change	executive
1042	Demand policy change	-5.0		REQUEST	change	executive
1043	Demand rights	-5.0		REQUEST	change	rights_freedoms
1044	Demand change in institutions, regime	-5.0		REQUEST	change	political_institutions
105	Demand that target yields	-5.0		REQUEST	change	legal
1051	Demand easing of administrative sanctions	-5.0		REQUEST	yield	legal
1052	Demand easing of political dissent	-5.0		REQUEST	yield	legal
1053	Demand release of persons or property	-5.0		REQUEST	yield	legal
1054	Demand easing of economic sanctions, boycott, or embargo	-5.0		REQUEST	yield	economic
1055	Demand that target allows international involvement (non-mediation)	-5.0		REQUEST	yield	diplomatic
1056	Demand de-escalation of military engagement	-5.0		REQUEST	yield	military
106	Demand meeting, negotiation	-5.0		REQUEST	meet	diplomatic
107	Demand settling of dispute	-5.0		REQUEST	meet	diplomatic
108	Demand mediation	-5.0		REQUEST	meet	diplomatic
11	DISAPPROVE	-2.0		ACCUSE	disapprove	
110	Disapprove	-2.0		ACCUSE	disapprove	
111	Criticize or denounce	-2.0		ACCUSE	disapprove	
112	Accuse	-2.0		ACCUSE	disapprove	
1121	Accuse of crime, corruption	-2.0		ACCUSE	allege	crime;corruption
1122	Accuse of human rights abuses	-2.0		ACCUSE	allege	human_rights
1123	Accuse of aggression	-2.0		ACCUSE	allege	military
1124	Accuse of war crimes	-2.0		ACCUSE	allege	military;legal
1125	Accuse of espionage, treason	-2.0		ACCUSE	allege	legal
113	Rally opposition against	-2.0		ACCUSE	disapprove	
114	Complain officially	-2.0		ACCUSE	allege	diplomatic
115	Bring lawsuit against	-2.0		ACCUSE	allege	legal
116	find guilty or liable (legally)	-2.0		ACCUSE	disapprove	legal
12	REJECT	-4.0		REJECT		
120	Reject	-4.0		REJECT		
121	Reject material cooperation	-4.0		REJECT	assist	
1211	Reject economic cooperation	-4.0		REJECT	assist	economic
1212	Reject military cooperation	-4.0		REJECT	assist	military
1213	Reject judicial cooperation	-4.0		REJECT	assist	legal
122	Reject request or demand for material aid	-4.0		REJECT	assist	
1221	Reject request for economic aid	-4.0		REJECT	assist	economic
1222	Reject request for military aid	-4.0		REJECT	assist	military
1223	Reject request for humanitarian aid	-4.0		REJECT	assist	humanitarian
1224	Reject request for military protection or peacekeeping	-4.0		REJECT	assist	peacekeeping
123	Reject request or demand for political reform	-4.0		REJECT	change	political_institutions
1231	Reject request for change in leadership	-4.0		REJECT	change	executive
1232	Reject request for policy change	-4.0		REJECT	change	executive
1233	Reject request for rights	-4.0		REJECT	change	rights_freedoms
1234	Reject request for change in institutions, regime	-4.0		REJECT	change	political_institutions
124	Refuse to yield	-4.0		REJECT	change	
1241	Refuse to ease administrative sanctions	-4.0		REJECT	change	executive
1242	Refuse to ease popular dissent	-4.0		REJECT	change	
1243	Refuse to release persons or property	-4.0		REJECT	yield	legal
1244	Refuse to ease economic sanctions, boycott, or embargo	-4.0		REJECT	yield	economic
1245	Refuse to allow international involvement (non mediation)	-4.0		REJECT	yield	diplomatic
1246	Refuse to de-escalate military engagement	-4.0		REJECT	yield	military
125	Reject proposal to meet, discuss, or negotiate	-5.0		REJECT	meet	diplomatic
126	Reject mediation	-5.0		REJECT	meet	diplomatic
127	Reject plan, agreement to settle dispute	-5.0		REJECT	meet	diplomatic
128	Defy norms, law	-5.0		REJECT	yield	legal
129	Veto	-5.0		REJECT	yield	diplomatic
13	THREATEN	-6.0		THREATEN		
130	Threaten	-4.4		THREATEN		
131	Threaten non-force	-5.8		THREATEN		
1311	Threaten to reduce or stop aid	-5.8		THREATEN	relations	
1312	Threaten with sanctions, boycott, embargo	-5.8		THREATEN	restrict	economic
1313	Threaten to reduce or break relations	-5.8		THREATEN	relations	diplomatic
132	Threaten with administrative sanctions	-5.8		THREATEN	ban	executive
1321	Threaten with restrictions on political freedoms	-5.8		THREATEN	political	human_rights
1322	Threaten to ban political parties or politicians	-5.8		THREATEN	ban	pro_autocracy
1323	Threaten to impose curfew	-5.8		THREATEN	restrict	pro_autocracy
1324	Threaten to impose state of emergency or martial law	-5.8		THREATEN	restrict	pro_autocracy
133	Threaten with political dissent, protest	-5.8		THREATEN	relations	
134	Threaten to halt negotiations	-5.8		THREATEN	relations	diplomatic
135	Threaten to halt mediation	-5.8		THREATEN	relations	diplomatic
136	Threaten to halt international involvement (non-mediation)	-7.0		THREATEN	expel	diplomatic
137	Threaten with repression	-7.0		THREATEN	violence	pro_autocracy
138	Threaten with military force	-7.0		THREATEN	violence	military
1381	Threaten blockade	-7.0		THREATEN	restrict	military
1382	Threaten occupation	-7.0		THREATEN	territory	military
1383	Threaten unconventional violence	-7.0		THREATEN	violence	military
1384	Threaten conventional attack	-7.0		THREATEN	violence	military
1385	Threaten attack with WMD	-7.0		THREATEN	violence	cbrn
139	Give ultimatum	-7.0		THREATEN	relations	diplomatic
14	PROTEST	-6.5		PROTEST		
140	Engage in political dissent	-6.5		PROTEST		
141	Demonstrate or rally	-6.5		PROTEST	demo	
1411	Demonstrate for leadership change	-6.5		PROTEST	demo	executive
1412	Demonstrate for policy change	-6.5		PROTEST	demo	executive
1413	Demonstrate for rights	-6.5		PROTEST	demo	rights_freedoms
1414	Demonstrate for change in institutions, regime	-6.5		PROTEST	demo	political_institutions
142	Conduct hunger strike	-6.5		PROTEST	hunger	
1421	Conduct hunger strike for leadership change	-6.5		PROTEST	hunger	executive
1422	Conduct hunger strike for policy change	-6.5		PROTEST	hunger	executive
1423	Conduct hunger strike for rights	-6.5		PROTEST	hunger	rights_freedoms
1424	Conduct hunger strike for change in institutions, regime	-6.5		PROTEST	hunger	political_institutions
143	Conduct strike or boycott	-6.5		PROTEST	boycott	
1431	Conduct strike or boycott for leadership change	-6.5		PROTEST	boycott	executive
1432	Conduct strike or boycott for policy change	-6.5		PROTEST	boycott	executive
1433	Conduct strike or boycott for rights	-6.5		PROTEST	boycott	rights_freedoms
1434	Conduct strike or boycott for change in institutions, regime	-6.5		PROTEST	boycott	political_institutions
144	Obstruct passage, block	-7.5		PROTEST	obstruct	
1441	Obstruct passage to demand leadership change	-7.5		PROTEST	obstruct	executive
1442	Obstruct passage to demand policy change	-7.5		PROTEST	obstruct	executive
1443	Obstruct passage to demand rights	-7.5		PROTEST	obstruct	rights_freedoms
1444	Obstruct passage to demand change in institutions, regime	-7.5		PROTEST	obstruct	political_institutions
145	Protest violently, riot	-7.5		PROTEST	riot	
1451	Engage in violent protest for leadership change	-7.5		PROTEST	riot	executive
1452	Engage in violent protest for policy change	-7.5		PROTEST	riot	executive
1453	Engage in violent protest for rights	-7.5		PROTEST	riot	rights_freedoms
1454	Engage in violent protest for change in institutions, regime	-7.5		PROTEST	riot	political_institutions
15	EXHIBIT FORCE POSTURE	-7.2		MOBILIZE		
150	Demonstrate military or police power	-7.2		MOBILIZE		
151	Increase police alert status	-7.2		MOBILIZE	police	
152	Increase military alert status	-7.2		MOBILIZE	troops	military
153	Mobilize or increase police power	-7.2		MOBILIZE	police	
154	Mobilize or increase armed forces	-7.2		MOBILIZE	troops	military
16	REDUCE RELATIONS	-4.0		SANCTION		
160	Reduce relations	-4.0		SANCTION		
161	Reduce or break diplomatic relations	-4.0		SANCTION	withdraw	diplomatic
162	Reduce or stop material aid	-5.6		SANCTION	discontinue	human_security
1621	Reduce or stop economic assistance	-5.6		SANCTION	discontinue	economic
1622	Reduce or stop military assistance	-5.6		SANCTION	discontinue	military
1623	Reduce or stop humanitarian assistance	-5.6		SANCTION	discontinue	humanitarian
163	Impose embargo, boycott, or sanctions	-8.0		SANCTION	discontinue	diplomatic
164	Halt negotiations	-7.0	-6.5	SANCTION	withdraw	diplomatic
165	Halt mediation	-6.5	-7.0	SANCTION	withdraw	diplomatic
166	Expel or withdraw	-7.0		SANCTION	expel	diplomatic
1661	Expel or withdraw peacekeepers	-7.0		SANCTION	expel	military
1662	Expel or withdraw inspectors, observers	-7.0		SANCTION	expel	diplomatic
1663	Expel or withdraw aid agencies	-7.0		SANCTION	expel	human_security
17	COERCE	-7.0		COERCE		
170	Coerce	-7.0		COERCE		
171	Seize or damage property	-9.2		COERCE	seize	human_security
1711	Confiscate property	-9.2		COERCE	seize	human_security
1712	Destroy property	-9.2		ASSAULT	seize	human_security
172	Impose administrative sanctions	-5.0		COERCE	restrict	executive
1721	Impose restrictions on political freedoms	-5.0		COERCE	restrict	rights_freedoms
1722	Ban political parties or politicians	-5.0		COERCE	ban	pro_autocracy
1723	Impose curfew	-5.0		COERCE	curfew	pro_autocracy
1724	Impose state of emergency or martial law	-5.0		COERCE	martial-law	pro_autocracy
173	Arrest, detain, or charge with legal action	-5.0		COERCE	arrest	legal
174	Expel or deport individuals	-5.0		COERCE	deport	legal
175	Use tactics of violent repression	-9.0		ASSAULT	pro_autocracy	military
18	ASSAULT	-9.0		ASSAULT		
180	Use unconventional violence	-9.0		ASSAULT		
181	Abduct, hijack, or take hostage	-9.0		ASSAULT	abduct	
182	Physically assault	-9.5		ASSAULT	beat	
1821	Sexually assault	-9.0		ASSAULT	sexual	
1822	Torture	-9.0		ASSAULT	torture	
1823	Kill by physical assault	-10.0		ASSAULT		
183	Conduct suicide, car, or other non-military bombing	-10.0		ASSAULT	suicide-attack	
1831	Carry out suicide bombing	-10.0		ASSAULT	suicide-attack	
1832	Carry out car bombing	-10.0		ASSAULT	explosives	
1833	Carry out roadside bombing	-10.0		ASSAULT	explosives	
184	Use as human shield	-8.0		ASSAULT	abduct	
185	Attempt to assassinate	-8.0		ASSAULT	assassinate	
186	Assassinate	-10.0		ASSAULT	assassinate	
19	FIGHT	-10.0		ASSAULT		military
190	Use conventional military force	-10.0		ASSAULT		military
191	Impose blockade, restrict movement	-9.5		COERCE	restrict	military
192	Occupy territory	-9.5		COERCE	seize	military
193	fight with small arms and light weapons	-10.0		ASSAULT	firearms	military
194	fight with artillery and tanks	-10.0		ASSAULT	heavy-weapons	military
195	Employ aerial weapons	-10.0		ASSAULT	heavy-weapons	military
196	Violate ceasefire	-9.5		ASSAULT		legal;military
20	USE UNCONVENTIONAL MASS VIOLENCE	-10.0		ASSAULT	massacre	military
200	Use unconventional mass violence	-10.0		ASSAULT	massacre	military
201	Engage in mass expulsion	-9.5		ASSAULT	cleansing	religion_ethnicity
202	Engage in mass killings	-10.0		ASSAULT	massacre	religion_ethnicity
203	Engage in ethnic cleansing	-10.0		ASSAULT	cleansing	religion_ethnicity
204	Use weapons of mass destruction	-10.0		ASSAULT	unconventional	cbrn
2041	Use chemical, biological, or radiological weapons	-10.0		ASSAULT	unconventional	cbrn
2042	Detonate nuclear weapons	-10.0		ASSAULT	unconventional	cbrn
`;
